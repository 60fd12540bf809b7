// Session reminders (CAPS-5): every 15 minutes, each confirmed booking of a scheduled session gets
// the reminder of each lead time in settings (e.g. 24 h and 2 h) once its moment has come. The
// outbox id `reminder-<bookingId>-<attempt>-<lead>h` is created in a transaction that also re-reads
// the session and the booking: a run twice over, or two overlapping runs, queue it once, and a
// session or booking cancelled meanwhile gets none.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { Timestamp } from 'firebase-admin/firestore';
import { DEFAULT_TIME_ZONE, REGION, dueReminders } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { queueMail } from '../mail/outbox.ts';
import { readRecipient } from './recipient.ts';
import { sessionMailId, sessionMailRequest } from './sessionMail.ts';
import {
  bookingRef,
  parseBooking,
  parseSession,
  readPolicies,
  sessionAccessRef,
  sessionRef,
} from './sessionStore.ts';

const HOUR = 3_600_000;

export async function runSessionReminders(now: Date = new Date()): Promise<{ queued: number }> {
  const policies = await readPolicies();
  const leads = policies.reminderLeadTimesHours;
  if (leads.length === 0) return { queued: 0 };
  const horizon = new Date(now.getTime() + Math.max(...leads) * HOUR);
  const sessions = await db()
    .collection('sessions')
    .where('status', '==', 'scheduled')
    .where('startsAt', '>', Timestamp.fromDate(now))
    .where('startsAt', '<=', Timestamp.fromDate(horizon))
    .get();

  let queued = 0;
  for (const sessionDoc of sessions.docs) {
    const bookings = await db()
      .collection('bookings')
      .where('sessionId', '==', sessionDoc.id)
      .where('status', '==', 'confirmed')
      .get();
    for (const bookingDoc of bookings.docs) {
      const booking = parseBooking(bookingDoc.data());
      const due = dueReminders(
        { startsAt: booking.startsAt.toDate(), bookedAt: booking.createdAt.toDate() },
        leads,
        now,
      );
      if (due.length === 0) continue;
      const recipient = await readRecipient(booking.uid).catch(() => null);
      if (!recipient) continue;
      for (const lead of due) {
        const created = await db().runTransaction(async (tx) => {
          const [session, current, access] = await tx.getAll(
            sessionRef(sessionDoc.id),
            bookingRef(bookingDoc.id),
            sessionAccessRef(sessionDoc.id),
          );
          const stored = parseSession(sessionDoc.id, session?.data());
          const latest = parseBooking(current?.data());
          if (
            stored.data.status !== 'scheduled' ||
            latest.status !== 'confirmed' ||
            latest.attempt !== booking.attempt
          )
            return false;
          const lmsUrl: unknown = access?.get('lmsUrl');
          const request = sessionMailRequest({
            kind: 'reminder',
            to: recipient,
            sessionId: sessionDoc.id,
            session: stored.data,
            policies,
            credits: latest.payment.credits ?? 0,
            leadHours: lead,
            ...(typeof lmsUrl === 'string' ? { lmsUrl } : {}),
            bookingId: bookingDoc.id,
          });
          return (
            await queueMail(tx, sessionMailId('reminder', bookingDoc.id, latest.attempt, lead), request)
          ).created;
        });
        if (created) queued += 1;
      }
    }
  }
  return { queued };
}

export const sessionReminders = onSchedule(
  { schedule: 'every 15 minutes', region: REGION, timeZone: DEFAULT_TIME_ZONE, retryCount: 0 },
  async () => {
    await runSessionReminders();
  },
);
