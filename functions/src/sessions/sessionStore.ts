// Sessions and session bookings as the booking callables read them inside transactions, and the
// organisation's policies they apply (cancellation window, reminder lead times, time zone).
import type { Transaction } from 'firebase-admin/firestore';
import {
  DEFAULT_TIME_ZONE,
  bookingDocSchema,
  organizationSettingsSchema,
  sessionDocSchema,
  type BookingDoc,
  type SessionDoc,
} from '@agora/domain';
import { db } from '../lib/admin.ts';

export const sessionRef = (sessionId: string) => db().collection('sessions').doc(sessionId);
export const sessionAccessRef = (sessionId: string) =>
  sessionRef(sessionId).collection('private').doc('access');
export const waitlistRef = (sessionId: string) => sessionRef(sessionId).collection('waitlist');
export const bookingRef = (bookingId: string) => db().collection('bookings').doc(bookingId);

export interface StoredSession {
  id: string;
  data: SessionDoc;
}

export function parseSession(id: string, data: unknown): StoredSession {
  return { id, data: sessionDocSchema.parse(data) };
}

export function parseBooking(data: unknown): BookingDoc {
  return bookingDocSchema.parse(data);
}

export async function readBooking(tx: Transaction, bookingId: string): Promise<BookingDoc | null> {
  const snapshot = await tx.get(bookingRef(bookingId));
  return snapshot.exists ? parseBooking(snapshot.data()) : null;
}

export interface SessionPolicies {
  cancellationWindowHours: number;
  reminderLeadTimesHours: number[];
  timeZone: string;
  organizationName: string;
}

/** The organisation's policies; defaults (24 h window, reminders 24 h and 2 h) until settings exist. */
export async function readPolicies(): Promise<SessionPolicies> {
  const raw = (await db().collection('settings').doc('organization').get()).data();
  const parsed = organizationSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      cancellationWindowHours: 24,
      reminderLeadTimesHours: [24, 2],
      timeZone: DEFAULT_TIME_ZONE,
      organizationName: 'Agora',
    };
  }
  return {
    cancellationWindowHours: parsed.data.policies.cancellationWindowHours,
    reminderLeadTimesHours: parsed.data.policies.reminderLeadTimesHours,
    timeZone: parsed.data.timeZone,
    organizationName: parsed.data.branding.displayName,
  };
}
