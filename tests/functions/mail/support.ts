// Test doubles for the outbox: transports that record what they were asked to send (and fail on
// demand), a clock the test moves, and shortcuts to the outbox documents.
import type { DocumentReference, Timestamp } from 'firebase-admin/firestore';
import { TransportError, type Transport } from '../../../functions/src/mail/transports/types.ts';
import { testDb } from '../support/emulators.ts';

export interface RecordingTransport<Message> extends Transport<Message> {
  sent: Message[];
}

/**
 * A transport that records each message; `behaviour` may throw to fail an attempt or wait to make
 * a send slow. Named like the capture transport unless told otherwise.
 */
export function recordingTransport<Message>(
  behaviour: (message: Message, call: number) => void | Promise<void> = () => undefined,
  name: Transport<Message>['name'] = 'capture',
): RecordingTransport<Message> {
  const sent: Message[] = [];
  return {
    name,
    sent,
    async send(message) {
      sent.push(message);
      await behaviour(message, sent.length);
      return { providerMessageId: `provider-${sent.length}` };
    },
  };
}

export const failing =
  (retryable: boolean, message = 'HTTP 503 from the provider') =>
  () => {
    throw new TransportError(message, retryable);
  };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A clock the test moves by hand. */
export function fakeClock(start: Date) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (date: Date) => {
      current = date.getTime();
    },
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export const T0 = new Date('2026-03-02T08:00:00Z');

export const mailDoc = (id: string) => testDb.collection('mail').doc(id);
export const smsDoc = (id: string) => testDb.collection('sms').doc(id);

export async function deliveryOf(ref: DocumentReference) {
  return (await ref.get()).get('delivery') as {
    state: string;
    attempts: number;
    maxAttempts: number;
    leaseExpiresAt: Timestamp | null;
    nextAttemptAt: Timestamp | null;
    lastError: string | null;
    sentAt: Timestamp | null;
    transport: string | null;
    providerMessageId: string | null;
    updatedAt: Timestamp;
  };
}

/** The demo organisation's settings, enough for branding and the legal footer. */
export const organizationSettings = {
  legalEntity: {
    name: 'Les Ateliers Agora',
    legalForm: 'SAS',
    address: { line1: '3 rue des Tisserands', postalCode: '69001', city: 'Lyon', country: 'FR' },
    siret: '12345678900012',
    email: 'contact@ateliers-agora.test',
  },
  vatRegime: 'standard',
  voucherMode: 'multi-purpose',
  timeZone: 'Europe/Paris',
  defaultLocale: 'fr',
  branding: { displayName: 'Les Ateliers Agora', primaryColor: '#0b6e4f' },
  policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24] },
  modules: {
    credits: true,
    sessions: true,
    spaces: false,
    events: false,
    content: false,
    directory: false,
    domiciliation: false,
  },
};

export const notificationData = {
  title: 'Votre réservation est confirmée',
  paragraphs: ['Rendez-vous lundi à 9 h.', 'À bientôt !'],
  action: { label: 'Voir ma réservation', url: 'http://127.0.0.1:5000/reservations/b1' },
};
