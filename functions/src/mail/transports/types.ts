// What every transport shares: one send per message, and errors that say whether retrying can help.
import type { TransportName } from '@agora/domain';

/** A rendered mail, ready for a provider; attachments already read and encoded. */
export interface OutgoingMail {
  /** The outbox id, passed to the provider for tracing (SendGrid custom_args). */
  id: string;
  from: { email: string; name?: string };
  replyTo?: string;
  to: { email: string; name?: string };
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; contentType: string; contentBase64: string }[];
}

export interface OutgoingSms {
  id: string;
  to: string;
  text: string;
}

export interface SendResult {
  providerMessageId: string | null;
}

export interface Transport<Message> {
  readonly name: TransportName;
  send(message: Message): Promise<SendResult>;
}

export type MailTransport = Transport<OutgoingMail>;
export type SmsTransport = Transport<OutgoingSms>;

/**
 * A failed send. `retryable` is false when the provider refused the message itself (a rejected
 * address, a bad request, wrong credentials): sending it again would fail the same way.
 */
export class TransportError extends Error {
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
    this.retryable = retryable;
  }
}

/** HTTP statuses worth retrying: timeouts, rate limits and server errors; other 4xx are final. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
