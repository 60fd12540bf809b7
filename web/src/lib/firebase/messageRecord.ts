// Reading `mail/{id}` and `sms/{id}` documents, free of SDK instances (unit-testable). Lenient:
// a message half-way through delivery, or older than the schema, still shows.
import {
  DELIVERY_STATES,
  TRANSPORT_NAMES,
  type DeliveryState,
  type OutboxChannel,
  type TransportName,
} from '@agora/domain';
import { count, date, oneOf, record, text } from './fields.ts';

export interface MessageAttachment {
  filename: string;
  contentType: string | null;
  /** Where the bytes come from: generated content kept in the document, or a Storage file. */
  source: 'inline' | 'storage';
  storagePath: string | null;
  /** Size of inline content, in bytes (null for Storage files). */
  sizeBytes: number | null;
}

export interface MessageDelivery {
  /** Null when the stored value is not a known state (shown as is, from `rawState`). */
  state: DeliveryState | null;
  rawState: string | null;
  attempts: number;
  maxAttempts: number | null;
  lastError: string | null;
  transport: TransportName | null;
  providerMessageId: string | null;
  sentAt: Date | null;
  leaseExpiresAt: Date | null;
  nextAttemptAt: Date | null;
  updatedAt: Date | null;
}

export interface MessageRecord {
  id: string;
  channel: OutboxChannel;
  /** An email address (mail) or a phone number in E.164 (sms). */
  to: string;
  toName: string | null;
  uid: string | null;
  template: string;
  locale: string | null;
  data: Record<string, unknown>;
  attachments: MessageAttachment[];
  resendOf: string | null;
  requestedBy: string | null;
  delivery: MessageDelivery;
  /** Filled by the delivery (subject and HTML for mail only); null until rendered. */
  rendered: { subject: string | null; html: string | null; text: string | null } | null;
  createdAt: Date | null;
}

function base64Bytes(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((content.length * 3) / 4) - padding);
}

function toAttachment(value: unknown): MessageAttachment | null {
  const data = record(value);
  const filename = text(data?.filename);
  if (!data || !filename) return null;
  const storagePath = text(data.storagePath);
  const content = text(data.content);
  const contentBase64 = text(data.contentBase64);
  return {
    filename,
    contentType: text(data.contentType),
    source: storagePath ? 'storage' : 'inline',
    storagePath,
    sizeBytes:
      content !== null
        ? new TextEncoder().encode(content).length
        : contentBase64 !== null
          ? base64Bytes(contentBase64)
          : null,
  };
}

export function toMessageRecord(channel: OutboxChannel, id: string, raw: unknown): MessageRecord {
  const data = record(raw) ?? {};
  const delivery = record(data.delivery) ?? {};
  const rendered = record(data.rendered);
  const attachments = Array.isArray(data.attachments) ? data.attachments : [];
  return {
    id,
    channel,
    to: text(data.to) ?? '',
    toName: text(data.toName),
    uid: text(data.uid),
    template: text(data.template) ?? '',
    locale: text(data.locale),
    data: record(data.data) ?? {},
    attachments: attachments.map(toAttachment).filter((a): a is MessageAttachment => a !== null),
    resendOf: text(data.resendOf),
    requestedBy: text(data.requestedBy),
    delivery: {
      state: oneOf(DELIVERY_STATES, delivery.state),
      rawState: text(delivery.state),
      attempts: count(delivery.attempts) ?? 0,
      maxAttempts: count(delivery.maxAttempts),
      lastError: text(delivery.lastError),
      transport: oneOf(TRANSPORT_NAMES, delivery.transport),
      providerMessageId: text(delivery.providerMessageId),
      sentAt: date(delivery.sentAt),
      leaseExpiresAt: date(delivery.leaseExpiresAt),
      nextAttemptAt: date(delivery.nextAttemptAt),
      updatedAt: date(delivery.updatedAt),
    },
    rendered: rendered
      ? { subject: text(rendered.subject), html: text(rendered.html), text: text(rendered.text) }
      : null,
    createdAt: date(data.createdAt),
  };
}
