// `welcome-verification`: sent after sign-up, it welcomes the member and asks them to confirm
// their email address, which unlocks purchases and bookings.
import { Heading, Link, Text } from '@react-email/components';
import { welcomeVerificationDataSchema, type Locale, type WelcomeVerificationData } from '@agora/domain';
import { ActionButton } from './ActionButton.tsx';
import type { MailTemplateDefinition, MailTemplateProps } from './definition.ts';
import { Layout } from './Layout.tsx';
import { heading, muted, paragraph, rawLink } from './styles.ts';

interface Texts {
  subject: (organization: string) => string;
  preview: string;
  greeting: (firstName: string) => string;
  welcome: (organization: string) => string;
  why: string;
  button: string;
  fallback: string;
  expiry: string;
  notYou: string;
  signOff: string;
  team: (organization: string) => string;
}

// French typography: a no-break space before « : ! ? » keeps the mark on the word's line.
const texts = {
  fr: {
    subject: (organization) => `Bienvenue chez ${organization}\u00a0: confirmez votre adresse e-mail`,
    preview: 'Un clic pour activer votre compte et réserver vos premières places.',
    greeting: (firstName) => `Bonjour ${firstName},`,
    welcome: (organization) => `Bienvenue chez ${organization}\u00a0! Votre compte est créé.`,
    why:
      'Confirmez maintenant votre adresse e-mail\u00a0: les achats et les réservations sont possibles une fois ' +
      'votre adresse vérifiée, et c’est à cette adresse que nous enverrons vos confirmations, rappels et factures.',
    button: 'Confirmer mon adresse e-mail',
    fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
    expiry:
      'Ce lien est valable pour une durée limitée. S’il a expiré, connectez-vous et choisissez ' +
      '«\u00a0Renvoyer l’e-mail\u00a0».',
    notYou: 'Vous n’avez pas créé de compte\u00a0? Ignorez simplement cet e-mail.',
    signOff: 'À bientôt,',
    team: (organization) => `L’équipe ${organization}`,
  },
  en: {
    subject: (organization) => `Welcome to ${organization}: confirm your email address`,
    preview: 'One click to activate your account and book your first places.',
    greeting: (firstName) => `Hello ${firstName},`,
    welcome: (organization) => `Welcome to ${organization}! Your account has been created.`,
    why:
      'Please confirm your email address now: purchases and bookings are available once your address is ' +
      'verified, and this is where we will send your confirmations, reminders and invoices.',
    button: 'Confirm my email address',
    fallback: 'If the button does not work, copy this link into your browser:',
    expiry:
      'This link is valid for a limited time. If it has expired, sign in and choose “Resend the email”.',
    notYou: 'Did not create an account? Simply ignore this email.',
    signOff: 'See you soon,',
    team: (organization) => `The ${organization} team`,
  },
} satisfies Record<Locale, Texts>;

export function WelcomeVerification({ data, locale, branding }: MailTemplateProps<WelcomeVerificationData>) {
  const t = texts[locale];
  const organization = branding.organizationName;
  return (
    <Layout locale={locale} branding={branding} preview={t.preview}>
      <Heading as="h1" style={heading}>
        {t.greeting(data.firstName)}
      </Heading>
      <Text style={paragraph}>{t.welcome(organization)}</Text>
      <Text style={paragraph}>{t.why}</Text>
      <ActionButton href={data.verificationUrl} label={t.button} branding={branding} />
      <Text style={muted}>{t.fallback}</Text>
      <Text style={{ ...muted, margin: '0 0 16px' }}>
        <Link href={data.verificationUrl} style={rawLink}>
          {data.verificationUrl}
        </Link>
      </Text>
      <Text style={muted}>{t.expiry}</Text>
      <Text style={muted}>{t.notYou}</Text>
      <Text style={{ ...paragraph, margin: '24px 0 0' }}>
        {t.signOff}
        <br />
        {t.team(organization)}
      </Text>
    </Layout>
  );
}

export const welcomeVerification: MailTemplateDefinition<WelcomeVerificationData> = {
  schema: welcomeVerificationDataSchema,
  subject: ({ locale, branding }) => texts[locale].subject(branding.organizationName),
  Email: WelcomeVerification,
};
