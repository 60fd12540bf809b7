// Session reminders (CAPS-5): each lead time once per booking, even when the job runs twice or
// overlaps; none for a cancelled session or booking; none whose moment had passed at booking time.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { assistant, createMembers, createSession, member } from './support.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { bookSession, cancelSession } from '../../../functions/src/index.ts';
import { runSessionReminders } from '../../../functions/src/sessions/sessionReminders.ts';
import { call } from '../support/callables.ts';

const HOUR = 3_600_000;

beforeEach(resetEmulators);
afterAll(closeEmulators);

async function reminderIds(): Promise<string[]> {
  const mails = await testDb.collection('mail').get();
  return mails.docs
    .map((doc) => doc.id)
    .filter((id) => id.startsWith('reminder-'))
    .sort();
}

/** Bookings made well before the reminders are due (as if booked a week ago). */
async function backdate(bookingId: string): Promise<void> {
  await testDb
    .doc(`bookings/${bookingId}`)
    .update({ createdAt: Timestamp.fromMillis(Date.now() - 7 * 24 * HOUR) });
}

describe('runSessionReminders', () => {
  it('sends the 24 h then the 2 h reminder once each, however often it runs', async () => {
    const startsAt = new Date(Date.now() + 30 * HOUR);
    await Promise.all([createMembers(['ana', 'bob'], 3), createSession('s', { startsAt })]);
    await call(bookSession, { sessionId: 's' }, member('ana'));
    await call(bookSession, { sessionId: 's' }, member('bob'));
    await Promise.all([backdate('session_s_ana'), backdate('session_s_bob')]);

    expect(await runSessionReminders(new Date(startsAt.getTime() - 25 * HOUR))).toEqual({ queued: 0 });
    const at24 = new Date(startsAt.getTime() - 23 * HOUR);
    const runs = await Promise.all([
      runSessionReminders(at24),
      runSessionReminders(at24),
      runSessionReminders(at24),
    ]);
    expect(runs.reduce((sum, run) => sum + run.queued, 0)).toBe(2);
    expect(await reminderIds()).toEqual(['reminder-session_s_ana-1-24h', 'reminder-session_s_bob-1-24h']);

    await runSessionReminders(new Date(startsAt.getTime() - 1.5 * HOUR));
    await runSessionReminders(new Date(startsAt.getTime() - 1 * HOUR));
    expect(await reminderIds()).toEqual([
      'reminder-session_s_ana-1-24h',
      'reminder-session_s_ana-1-2h',
      'reminder-session_s_bob-1-24h',
      'reminder-session_s_bob-1-2h',
    ]);
  });

  it('sends nothing for a cancelled session', async () => {
    const startsAt = new Date(Date.now() + 30 * HOUR);
    await Promise.all([createMembers(['ana'], 3), createSession('s', { startsAt })]);
    await call(bookSession, { sessionId: 's' }, member('ana'));
    await backdate('session_s_ana');
    await call(cancelSession, { sessionId: 's', reason: 'Salle indisponible' }, assistant);
    expect(await runSessionReminders(new Date(startsAt.getTime() - 1 * HOUR))).toEqual({ queued: 0 });
    expect(await reminderIds()).toEqual([]);
  });

  it('skips a lead time whose moment had passed when the member booked', async () => {
    const startsAt = new Date(Date.now() + 10 * HOUR);
    await Promise.all([createMembers(['ana'], 3), createSession('s', { startsAt })]);
    await call(bookSession, { sessionId: 's' }, member('ana'));
    await runSessionReminders(new Date(startsAt.getTime() - 1 * HOUR));
    expect(await reminderIds()).toEqual(['reminder-session_s_ana-1-2h']);
  });
});
