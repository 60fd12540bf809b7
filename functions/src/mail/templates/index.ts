// Renders the outbox's messages. A mail template yields a subject, responsive HTML and a text
// part; an SMS template a short plain text. Data is parsed against the domain schema first.
import { createElement } from 'react';
import { render, toPlainText } from '@react-email/render';
import type { Locale, MailTemplate, MailTemplateData } from '@agora/domain';
import type { Branding } from './branding.ts';
import type { MailTemplateDefinition } from './definition.ts';
import { notification } from './Notification.tsx';
import { welcomeVerification } from './WelcomeVerification.tsx';

export type { Branding } from './branding.ts';
export { renderSms } from './sms.ts';

const mailTemplates: { [K in MailTemplate]: MailTemplateDefinition<MailTemplateData<K>> } = {
  'welcome-verification': welcomeVerification,
  notification,
};

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

// html-to-text capitalises headings by default; a greeting in capitals reads as shouting.
const plainTextOptions = {
  selectors: [
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
  ],
};

/** Renders a mail template; throws the ZodError when `data` does not match the template's schema. */
export async function renderMail<K extends MailTemplate>(
  template: K,
  locale: Locale,
  data: unknown,
  branding: Branding,
): Promise<RenderedMail> {
  if (!Object.hasOwn(mailTemplates, template)) throw new Error(`Unknown mail template: ${template}`);
  const definition = mailTemplates[template];
  const props = { data: definition.schema.parse(data), locale, branding };
  const html = await render(createElement(definition.Email, props));
  return { subject: definition.subject(props), html, text: toPlainText(html, plainTextOptions) };
}
