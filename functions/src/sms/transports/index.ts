// Which SMS transport this deployment sends with: Twilio when its credentials are set, the capture
// transport in the emulator or while they are not.
import { logger } from 'firebase-functions';
import { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM } from '../../config/params.ts';
import { captureTransport } from '../../mail/transports/capture.ts';
import { isEmulator, secretValue } from '../../mail/transports/index.ts';
import type { SmsTransport } from '../../mail/transports/types.ts';
import { twilioTransport } from './twilio.ts';

export function smsTransport(): SmsTransport {
  if (isEmulator()) return captureTransport();
  const accountSid = secretValue(TWILIO_ACCOUNT_SID);
  const authToken = secretValue(TWILIO_AUTH_TOKEN);
  const from = TWILIO_FROM.value().trim();
  // Twilio account SIDs start with AC; anything else (a placeholder such as "none") means no SMS provider.
  if (!accountSid.startsWith('AC') || authToken === '' || from === '') {
    logger.warn('outbox: Twilio is not configured, SMS are captured, not sent');
    return captureTransport();
  }
  return twilioTransport({ accountSid, authToken, from });
}
