// Delivers `sms/{id}` with the same leased state machine as mail (see ../mail/delivery.ts).
import {
  onDocumentWritten,
  type FirestoreEvent,
  type Change,
  type DocumentSnapshot,
} from 'firebase-functions/v2/firestore';
import { smsMessageSchema, type RenderedSms } from '@agora/domain';
import { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, outboxTriggerOptions } from '../config/params.ts';
import { loadMessageContext } from '../mail/branding.ts';
import {
  deliver,
  looksDue,
  type Channel,
  type DeliverOptions,
  type DeliveryOutcome,
} from '../mail/delivery.ts';
import { renderSms } from '../mail/templates/index.ts';
import { smsRecipient } from '../mail/outbox.ts';
import { TransportError, type OutgoingSms } from '../mail/transports/types.ts';
import { db } from '../lib/admin.ts';
import { smsTransport } from './transports/index.ts';

export const smsChannel: Channel<OutgoingSms, RenderedSms> = {
  collection: 'sms',
  async prepare(id, document) {
    const message = smsMessageSchema.parse(document);
    if (message.uid !== undefined) {
      // Opt-in is checked again when sending: a member who opted out meanwhile gets no SMS.
      const profile = await db().collection('users').doc(message.uid).get();
      if (smsRecipient(profile.data()) === null) {
        throw new TransportError('The member no longer accepts SMS (smsOptIn is off).', false);
      }
    }
    const { branding } = await loadMessageContext();
    const text = renderSms(message.template, message.locale, message.data, branding);
    return { outgoing: { id, to: message.to, text }, rendered: { text } };
  },
  defaultTransport: smsTransport,
};

/** Delivers one SMS if it is due; safe to call any number of times, concurrently included. */
export function deliverSmsMessage(
  id: string,
  options?: DeliverOptions<OutgoingSms>,
): Promise<DeliveryOutcome> {
  return deliver(smsChannel, id, options);
}

type SmsWrittenEvent = FirestoreEvent<Change<DocumentSnapshot> | undefined, { id: string }>;

export async function handleSmsWritten(event: SmsWrittenEvent): Promise<DeliveryOutcome | 'skipped'> {
  if (!looksDue(event.data?.after.data(), new Date())) return 'skipped';
  return deliverSmsMessage(event.params.id);
}

export const deliverSms = onDocumentWritten(
  { ...outboxTriggerOptions, document: 'sms/{id}', secrets: [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN] },
  handleSmsWritten,
);
