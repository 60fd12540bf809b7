// Space reminders (SPACE-5): every 15 minutes, each confirmed space booking gets the reminder of
// each lead time in settings (the same as sessions) once its moment has come, by email and SMS
// (opt-in). The ids carry the booking's number of moves, so a moved booking is reminded of its new
// time; each is created in a transaction that re-reads the booking, so a rerun or an overlapping
// run queues it once and a booking cancelled meanwhile gets none.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { Timestamp } from 'firebase-admin/firestore';
import { DEFAULT_TIME_ZONE, REGION, dueReminders } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { mailOutbox } from '../mail/outbox.ts';
import { bookingRef, parseBooking, readPolicies } from '../sessions/sessionStore.ts';
import {
  aboutBooking,
  movedVersion,
  queueSpaceMessages,
  recipientFrom,
  spaceMessageId,
} from './spaceMail.ts';

const HOUR = 3_600_000;

export async function runSpaceReminders(now: Date = new Date()): Promise<{ queued: number }> {
  const policies = await readPolicies();
  const leads = policies.reminderLeadTimesHours;
  if (leads.length === 0) return { queued: 0 };
  const horizon = new Date(now.getTime() + Math.max(...leads) * HOUR);
  const upcoming = await db()
    .collection('bookings')
    .where('kind', '==', 'space')
    .where('status', '==', 'confirmed')
    .where('startsAt', '>', Timestamp.fromDate(now))
    .where('startsAt', '<=', Timestamp.fromDate(horizon))
    .get();
  let queued = 0;
  for (const candidate of upcoming.docs) {
    const first = parseBooking(candidate.data());
    if (first.internal) continue;
    const due = dueReminders(
      { startsAt: first.startsAt.toDate(), bookedAt: first.createdAt.toDate() },
      leads,
      now,
    );
    for (const lead of due) {
      const created = await db().runTransaction(async (tx) => {
        const booking = parseBooking((await tx.get(bookingRef(candidate.id))).data());
        if (
          booking.status !== 'confirmed' ||
          booking.startsAt.toDate().getTime() !== first.startsAt.toDate().getTime()
        )
          return false;
        const version = movedVersion(booking.attempt, booking.moves ?? 0);
        const id = spaceMessageId('reminder', candidate.id, version, lead);
        const [existing, profile] = await tx.getAll(
          mailOutbox().doc(id),
          db().collection('users').doc(booking.uid),
        );
        const recipient = recipientFrom(booking.uid, profile);
        if (existing?.exists || !recipient) return false;
        queueSpaceMessages(
          tx,
          version,
          {
            kind: 'reminder',
            to: recipient,
            ...aboutBooking(candidate.id, booking, policies.timeZone),
            leadHours: lead,
          },
          profile?.data(),
        );
        return true;
      });
      if (created) queued += 1;
    }
  }
  return { queued };
}

export const spaceReminders = onSchedule(
  { schedule: 'every 15 minutes', region: REGION, timeZone: DEFAULT_TIME_ZONE, retryCount: 0 },
  async () => {
    await runSpaceReminders();
  },
);
