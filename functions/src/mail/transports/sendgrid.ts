// SendGrid through its official SDK. Each transport owns its client (no global singleton), so a
// test can point one at a loopback server while another stays untouched.
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { TransportError, isRetryableStatus, type MailTransport } from './types.ts';

export interface SendGridOptions {
  apiKey: string;
  /** Another API root, e.g. a loopback server in tests; SendGrid's own otherwise. */
  baseUrl?: string;
  /** Well under the delivery lease, so an attempt never outlives its lease. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function sendGridTransport(options: SendGridOptions): MailTransport {
  const client = new Client();
  // setApiKey also resets the base URL to SendGrid's, so the override comes after it.
  client.setApiKey(options.apiKey);
  if (options.baseUrl) client.setDefaultRequest('baseUrl', options.baseUrl);
  const service = new MailService();
  service.setClient(client);
  service.setTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  return {
    name: 'sendgrid',
    async send(mail) {
      try {
        const [response] = await service.send({
          from: mail.from,
          to: mail.to,
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments.map((attachment) => ({
            filename: attachment.filename,
            type: attachment.contentType,
            content: attachment.contentBase64,
            disposition: 'attachment',
          })),
          // Lets SendGrid's activity feed and webhooks be matched back to the outbox document.
          customArgs: { outboxId: mail.id },
        });
        const messageId = response.headers['x-message-id'];
        return { providerMessageId: typeof messageId === 'string' ? messageId : null };
      } catch (error) {
        throw sendGridError(error);
      }
    },
  };
}

/** A SendGrid failure as a TransportError: HTTP status and the API's own explanations. */
function sendGridError(error: unknown): TransportError {
  const status = statusOf(error);
  if (status === null) {
    // No HTTP answer at all (DNS, connection reset, timeout): the next attempt may get through.
    return new TransportError(`SendGrid unreachable: ${messageOf(error)}`, true, { cause: error });
  }
  const details = apiErrors(error);
  return new TransportError(
    `SendGrid answered ${status}${details ? `: ${details}` : ''}`,
    isRetryableStatus(status),
    { cause: error },
  );
}

function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'number' ? error.code : null;
}

function apiErrors(error: unknown): string {
  const body = (error as { response?: { body?: unknown } }).response?.body;
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return '';
  return errors
    .map((entry: { message?: unknown; field?: unknown }) =>
      [entry.field, entry.message].filter((part) => typeof part === 'string' && part !== '').join(': '),
    )
    .filter((line) => line !== '')
    .join('; ');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
