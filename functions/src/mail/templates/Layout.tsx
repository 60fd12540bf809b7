// The frame every email shares: the organisation's header, a fluid 600px column and the footer
// with the legal mentions and who sent the message.
import type { ReactNode } from 'react';
import { Body, Container, Head, Hr, Html, Img, Preview, Section, Text } from '@react-email/components';
import type { Locale } from '@agora/domain';
import { logoUrl, primaryColor, textColorOn, type Branding } from './branding.ts';
import { FONT_FAMILY, muted } from './styles.ts';

const texts = {
  fr: { sentBy: (organization: string) => `Cet e-mail vous a été envoyé par ${organization}.` },
  en: { sentBy: (organization: string) => `This email was sent to you by ${organization}.` },
} satisfies Record<Locale, { sentBy: (organization: string) => string }>;

// The only rule not inlinable: narrower side padding on phones. Clients that drop it keep the
// desktop padding.
const responsiveCss =
  '@media only screen and (max-width: 620px) { .agora-gutter { padding-left: 16px !important; padding-right: 16px !important; } }';

export interface LayoutProps {
  locale: Locale;
  branding: Branding;
  /** The inbox preview line shown after the subject. */
  preview: string;
  children: ReactNode;
}

export function Layout({ locale, branding, preview, children }: LayoutProps) {
  const background = primaryColor(branding);
  const foreground = textColorOn(background);
  const logo = logoUrl(branding);
  const legalLines = (branding.legalFooter ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light only" />
        <style>{responsiveCss}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ margin: 0, padding: '24px 0', backgroundColor: '#f3f4f6', fontFamily: FONT_FAMILY }}>
        <Container
          style={{ width: '100%', maxWidth: '600px', backgroundColor: '#ffffff', borderRadius: '8px' }}
        >
          <Section
            className="agora-gutter"
            style={{ backgroundColor: background, padding: '20px 32px', borderRadius: '8px 8px 0 0' }}
          >
            {logo ? (
              <Img src={logo} alt={branding.organizationName} height="48" style={{ height: '48px' }} />
            ) : (
              <Text style={{ margin: 0, fontSize: '20px', fontWeight: 700, color: foreground }}>
                {branding.organizationName}
              </Text>
            )}
          </Section>
          <Section className="agora-gutter" style={{ padding: '32px' }}>
            {children}
          </Section>
          <Hr style={{ margin: 0, borderColor: '#e5e7eb' }} />
          <Section className="agora-gutter" style={{ padding: '20px 32px' }}>
            {legalLines.map((line, index) => (
              <Text key={index} style={{ ...muted, margin: 0 }}>
                {line}
              </Text>
            ))}
            <Text style={{ ...muted, margin: legalLines.length > 0 ? '12px 0 0' : 0 }}>
              {texts[locale].sentBy(branding.organizationName)}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
