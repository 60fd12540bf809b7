// Which transport this deployment sends with: the provider when its credentials are set, the
// capture transport in the emulator or while they are not (nothing leaves the machine).
import { logger } from 'firebase-functions';
import type { SecretParam } from 'firebase-functions/params';
import { SENDGRID_API_KEY } from '../../config/params.ts';
import { captureTransport } from './capture.ts';
import { sendGridTransport } from './sendgrid.ts';
import type { MailTransport } from './types.ts';

export function isEmulator(): boolean {
  return process.env.FUNCTIONS_EMULATOR === 'true';
}

/** A secret's value, or '' when it is not attached or not set (no warning for the expected case). */
export function secretValue(secret: SecretParam): string {
  return process.env[secret.name] ? secret.value().trim() : '';
}

export function mailTransport(): MailTransport {
  const apiKey = isEmulator() ? '' : secretValue(SENDGRID_API_KEY);
  if (apiKey === '') {
    if (!isEmulator()) logger.warn('outbox: SENDGRID_API_KEY is not set, mails are captured, not sent');
    return captureTransport();
  }
  return sendGridTransport({ apiKey });
}
