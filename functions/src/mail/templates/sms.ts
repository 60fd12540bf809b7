// SMS texts: plain text prefixed with the organisation's name, so the member knows who writes,
// and cut to fit three segments whatever the data.
import {
  SMS_MAX_LENGTH,
  smsTemplateDataSchemas,
  type Locale,
  type SmsTemplate,
  type SmsTemplateData,
} from '@agora/domain';
import type { Branding } from './branding.ts';

interface SmsTemplateDefinition<Data> {
  schema: { parse(input: unknown): Data };
  text(data: Data, locale: Locale): string;
}

const smsTemplates: { [K in SmsTemplate]: SmsTemplateDefinition<SmsTemplateData<K>> } = {
  notification: { schema: smsTemplateDataSchemas.notification, text: (data) => data.text },
};

// Plain spaces only: a no-break space is outside the GSM alphabet and would halve the segment size.
const prefixes = {
  fr: (organization: string) => `${organization} : `,
  en: (organization: string) => `${organization}: `,
} satisfies Record<Locale, (organization: string) => string>;

/** Settings cap the display name at 100 characters; a longer name must still leave room for the text. */
const MAX_ORGANIZATION_LENGTH = 100;
const ELLIPSIS = '...';

/** Cuts `text` to `max` UTF-16 units, ending with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

export function renderSms<K extends SmsTemplate>(
  template: K,
  locale: Locale,
  data: unknown,
  branding: Branding,
): string {
  if (!Object.hasOwn(smsTemplates, template)) throw new Error(`Unknown SMS template: ${template}`);
  const definition = smsTemplates[template];
  const body = definition.text(definition.schema.parse(data), locale);
  const prefix = prefixes[locale](truncate(branding.organizationName.trim(), MAX_ORGANIZATION_LENGTH));
  return truncate(`${prefix}${body}`, SMS_MAX_LENGTH);
}
