// Delivers `mail/{id}`: the trigger runs on every write of a mail document and delivers it when it
// is due (a new message; the sweeper handles retries and expired leases).
import {
  onDocumentWritten,
  type FirestoreEvent,
  type Change,
  type DocumentSnapshot,
} from 'firebase-functions/v2/firestore';
import { mailMessageSchema, type RenderedMail } from '@agora/domain';
import { SENDGRID_API_KEY, outboxTriggerOptions } from '../config/params.ts';
import { encodeAttachments } from './attachments.ts';
import { loadMessageContext, mailSender } from './branding.ts';
import { deliver, looksDue, type Channel, type DeliverOptions, type DeliveryOutcome } from './delivery.ts';
import { renderMail } from './templates/index.ts';
import { mailTransport } from './transports/index.ts';
import type { OutgoingMail } from './transports/types.ts';

export const mailChannel: Channel<OutgoingMail, RenderedMail> = {
  collection: 'mail',
  async prepare(id, document) {
    const message = mailMessageSchema.parse(document);
    const context = await loadMessageContext();
    const rendered = await renderMail(message.template, message.locale, message.data, context.branding);
    const outgoing: OutgoingMail = {
      id,
      from: mailSender(context.branding),
      ...(context.replyTo ? { replyTo: context.replyTo } : {}),
      to: { email: message.to, ...(message.toName ? { name: message.toName } : {}) },
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: await encodeAttachments(message.attachments),
    };
    return { outgoing, rendered: { subject: rendered.subject, html: rendered.html, text: rendered.text } };
  },
  defaultTransport: mailTransport,
};

/** Delivers one mail if it is due; safe to call any number of times, concurrently included. */
export function deliverMailMessage(
  id: string,
  options?: DeliverOptions<OutgoingMail>,
): Promise<DeliveryOutcome> {
  return deliver(mailChannel, id, options);
}

type MailWrittenEvent = FirestoreEvent<Change<DocumentSnapshot> | undefined, { id: string }>;

export async function handleMailWritten(event: MailWrittenEvent): Promise<DeliveryOutcome | 'skipped'> {
  // Most writes are the outbox's own transitions (lease, outcome): skip them without a transaction.
  if (!looksDue(event.data?.after.data(), new Date())) return 'skipped';
  return deliverMailMessage(event.params.id);
}

export const deliverMail = onDocumentWritten(
  { ...outboxTriggerOptions, document: 'mail/{id}', secrets: [SENDGRID_API_KEY] },
  handleMailWritten,
);
