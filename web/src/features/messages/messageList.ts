// Pure helpers of the Messages page: filtering within the loaded messages and display choices.
import {
  MAIL_TEMPLATES,
  SMS_TEMPLATES,
  type DeliveryState,
  type MailTemplate,
  type SmsTemplate,
} from '@agora/domain';
import type { MessageRecord } from '../../lib/firebase/index.ts';
import { normalize } from '../admin/memberSearch.ts';

export type StateFilter = DeliveryState | 'all';

/** Recipient search (address, phone or name): accents, case and spaces in numbers do not matter. */
export function matchesRecipient(message: MessageRecord, search: string): boolean {
  const wanted = normalize(search);
  if (!wanted) return true;
  const haystack = normalize(`${message.to} ${message.toName ?? ''}`);
  if (wanted.split(/\s+/).every((word) => haystack.includes(word))) return true;
  // Phone numbers typed with spaces or dots ("+33 6 12") still match the stored E.164 form.
  const compact = (value: string) => value.replace(/[\s.()-]/g, '');
  return compact(haystack).includes(compact(wanted));
}

export function filterMessages(
  messages: readonly MessageRecord[],
  filter: { state: StateFilter; search: string },
): MessageRecord[] {
  return messages.filter(
    (message) =>
      (filter.state === 'all' || message.delivery.state === filter.state) &&
      matchesRecipient(message, filter.search),
  );
}

export const STATE_COLORS = {
  pending: 'default',
  processing: 'info',
  sent: 'success',
  retry: 'warning',
  error: 'error',
} as const satisfies Record<DeliveryState, 'default' | 'info' | 'success' | 'warning' | 'error'>;

/** Every template has a translated label (admin.messages.templates); any other id shows as stored. */
export type KnownTemplate = MailTemplate | SmsTemplate;
const KNOWN_TEMPLATES: readonly KnownTemplate[] = [...MAIL_TEMPLATES, ...SMS_TEMPLATES];

export function knownTemplate(template: string): KnownTemplate | null {
  return KNOWN_TEMPLATES.find((known) => known === template) ?? null;
}

/** A resend is offered once delivery is over: resending a message still in flight would duplicate it. */
export function canResendState(state: DeliveryState | null): boolean {
  return state === 'sent' || state === 'error';
}

export function formatBytes(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, locale === 'fr' ? 'o' : 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, locale === 'fr' ? 'Ko' : 'KB');
  return format(bytes / (1024 * 1024), locale === 'fr' ? 'Mo' : 'MB');
}

/**
 * The rendered HTML as previewed in the sandboxed frame: links open a new window, which the sandbox
 * forbids, so a click in the preview (say, on a verification link) does nothing.
 */
export function previewHtml(html: string): string {
  const base = '<base target="_blank">';
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${base}${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${base}${html.slice(at)}`;
}
