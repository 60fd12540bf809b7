// SMS through Twilio's official SDK, behind the same interface as mail transports.
import twilio from 'twilio';
import { TransportError, isRetryableStatus, type SmsTransport } from '../../mail/transports/types.ts';

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** A sender number in E.164, an alphanumeric sender id, or a Messaging Service SID (MG…). */
  from: string;
  /** Another API root, e.g. a loopback server in tests; Twilio's own otherwise. */
  baseUrl?: string;
  /** Well under the delivery lease, so an attempt never outlives its lease. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function twilioTransport(options: TwilioOptions): SmsTransport {
  const client = twilio(options.accountSid, options.authToken, {
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // Retries belong to the outbox, which records each attempt.
    autoRetry: false,
  });
  if (options.baseUrl) client.api.baseUrl = options.baseUrl;
  const sender = options.from.startsWith('MG')
    ? { messagingServiceSid: options.from }
    : { from: options.from };

  return {
    name: 'twilio',
    async send(sms) {
      try {
        const message = await client.messages.create({ to: sms.to, body: sms.text, ...sender });
        return { providerMessageId: message.sid };
      } catch (error) {
        throw twilioError(error);
      }
    },
  };
}

function twilioError(error: unknown): TransportError {
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof status !== 'number') {
    return new TransportError(`Twilio unreachable: ${message}`, true, { cause: error });
  }
  const code = (error as { code?: unknown }).code;
  return new TransportError(
    `Twilio answered ${status}${typeof code === 'number' ? ` (error ${code})` : ''}: ${message}`,
    isRetryableStatus(status),
    { cause: error },
  );
}
