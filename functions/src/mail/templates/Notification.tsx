// `notification`: a generic message (title, paragraphs, optional action) for features that have
// no template of their own yet.
import { Fragment } from 'react';
import { Heading, Text } from '@react-email/components';
import { notificationDataSchema, type Locale, type NotificationData } from '@agora/domain';
import { ActionButton } from './ActionButton.tsx';
import type { MailTemplateDefinition, MailTemplateProps } from './definition.ts';
import { Layout } from './Layout.tsx';
import { heading, paragraph } from './styles.ts';

interface Texts {
  subject: (title: string, organization: string) => string;
}

// The caller writes the title in the member's language; only the punctuation differs.
const texts = {
  fr: { subject: (title, organization) => `${organization}\u00a0: ${title}` },
  en: { subject: (title, organization) => `${organization}: ${title}` },
} satisfies Record<Locale, Texts>;

/** Keeps the line breaks a paragraph carries (an address, a list of times) in HTML and text alike. */
function Lines({ text }: { text: string }) {
  return text.split(/\r?\n/).map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
}

export function Notification({ data, locale, branding }: MailTemplateProps<NotificationData>) {
  const [first = ''] = data.paragraphs;
  return (
    <Layout locale={locale} branding={branding} preview={first}>
      <Heading as="h1" style={heading}>
        {data.title}
      </Heading>
      {data.paragraphs.map((text, index) => (
        <Text key={index} style={paragraph}>
          <Lines text={text} />
        </Text>
      ))}
      {data.action ? (
        <ActionButton href={data.action.url} label={data.action.label} branding={branding} />
      ) : null}
    </Layout>
  );
}

export const notification: MailTemplateDefinition<NotificationData> = {
  schema: notificationDataSchema,
  subject: ({ data, locale, branding }) => texts[locale].subject(data.title, branding.organizationName),
  Email: Notification,
};
