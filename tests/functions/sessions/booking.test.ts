// bookSession, cancelBooking, cancelSession and the waitlist, one behaviour at a time (CAPS-2..7).
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import {
  assistant,
  confirmedBookings,
  createMembers,
  createSession,
  mailsFor,
  member,
  sessionData,
} from './support.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bookSession,
  cancelBooking,
  cancelSession,
  joinWaitlist,
  leaveWaitlist,
} from '../../../functions/src/index.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { balanceOf, ledgerSnapshots } from '../credits/support.ts';

beforeEach(async () => {
  await resetEmulators();
  await testDb.doc('settings/organization').set({
    legalEntity: {
      name: 'Les Ateliers Agora',
      legalForm: 'SAS',
      address: { line1: '18 rue de la Charité', postalCode: '69002', city: 'Lyon', country: 'FR' },
      siret: '84412345600017',
      email: 'contact@agora.test',
    },
    vatRegime: 'standard',
    voucherMode: 'multi-purpose',
    timeZone: 'Europe/Paris',
    defaultLocale: 'fr',
    branding: { displayName: 'Les Ateliers Agora', primaryColor: '#1d4e89' },
    policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24, 2] },
    modules: { credits: true, sessions: true },
  });
});
afterAll(closeEmulators);

const HOUR = 3_600_000;
const reason = async (promise: Promise<unknown>) => (await rejection(promise)).details?.reason;

describe('bookSession', () => {
  it('books: booking, debit, seat, confirmation mail with the LMS link and an .ics', async () => {
    await Promise.all([
      createMembers(['ana'], 5),
      createSession('s1', { creditCost: 2, lmsUrl: 'https://lms.example.fr/cours/42' }),
    ]);
    expect(await call(bookSession, { sessionId: 's1' }, member('ana'))).toMatchObject({
      bookingId: 'session_s1_ana',
      balance: 3,
    });
    const booking = (await testDb.doc('bookings/session_s1_ana').get()).data();
    expect(booking).toMatchObject({
      uid: 'ana',
      kind: 'session',
      sessionId: 's1',
      status: 'confirmed',
      payment: { method: 'credits', credits: 2 },
      attempt: 1,
      bookedBy: 'ana',
    });
    expect((await ledgerSnapshots('ana')).get('booking_session_s1_ana_1')?.data()).toMatchObject({
      delta: -2,
      balanceAfter: 3,
      kind: 'booking',
    });
    expect((await sessionData('s1'))?.seatsBooked).toBe(1);
    const [mail] = await mailsFor('ana');
    expect(mail).toMatchObject({
      id: 'confirmation-session_s1_ana-1',
      to: 'ana@example.fr',
      template: 'notification',
      data: {
        title: 'Réservation confirmée : Formation s1',
        action: { url: 'https://lms.example.fr/cours/42' },
      },
      attachments: [{ filename: 'formation.ics', contentType: expect.stringContaining('text/calendar') }],
    });
    expect(JSON.stringify(mail?.data)).toContain('https://lms.example.fr/cours/42');
    expect(String((mail?.attachments as { content: string }[])[0]?.content)).toContain('BEGIN:VEVENT');
  });

  it.each([
    ['an unpublished session', { published: false }, 'not-bookable'],
    ['a cancelled session', { status: 'cancelled' }, 'not-bookable'],
    ['a session that has started', { startsAt: new Date(Date.now() - HOUR) }, 'not-bookable'],
    ['a full session', { capacity: 1, seatsBooked: 1 }, 'full'],
    ['a session costing more than the balance', { creditCost: 6 }, 'insufficient-credits'],
  ])('refuses %s and writes nothing', async (_, session, expected) => {
    await Promise.all([createMembers(['ana'], 5), createSession('s', session)]);
    expect(await reason(call(bookSession, { sessionId: 's' }, member('ana')))).toBe(expected);
    expect(await confirmedBookings('s')).toEqual([]);
    expect(await balanceOf('ana')).toBe(5);
  });

  it('refuses a second booking, an incomplete profile and an unverified email', async () => {
    await Promise.all([createMembers(['ana'], 5), createSession('s')]);
    await call(bookSession, { sessionId: 's' }, member('ana'));
    expect(await reason(call(bookSession, { sessionId: 's' }, member('ana')))).toBe('already-booked');
    await testDb.doc('users/bob').set({ firstName: 'Bob' });
    expect(await reason(call(bookSession, { sessionId: 's' }, member('bob')))).toBe('profile-incomplete');
    const unverified = signedIn('ana', { email: 'ana@example.fr', email_verified: false });
    expect(await reason(call(bookSession, { sessionId: 's' }, unverified))).toBe('email-not-verified');
    expect(await balanceOf('ana')).toBe(4);
  });

  it('lets staff book for a member, not members for each other', async () => {
    await Promise.all([createMembers(['ana', 'bob'], 5), createSession('s')]);
    expect(await reason(call(bookSession, { sessionId: 's', uid: 'ana' }, member('bob')))).toBe('forbidden');
    await call(bookSession, { sessionId: 's', uid: 'ana' }, assistant);
    expect((await testDb.doc('bookings/session_s_ana').get()).get('bookedBy')).toBe('assistant-1');
    expect(await balanceOf('ana')).toBe(4);
    expect(await balanceOf('bob')).toBe(5);
  });
});

describe('cancelBooking', () => {
  it('refunds once inside the window, frees the seat, mails; a second call is a no-op', async () => {
    await Promise.all([createMembers(['ana'], 5), createSession('s', { creditCost: 2 })]);
    const { bookingId } = await call(bookSession, { sessionId: 's' }, member('ana'));
    expect(await call(cancelBooking, { bookingId }, member('ana'))).toEqual({
      status: 'cancelled',
      refundedCredits: 2,
    });
    expect(await call(cancelBooking, { bookingId }, member('ana'))).toEqual({
      status: 'cancelled',
      refundedCredits: 0,
    });
    expect(await balanceOf('ana')).toBe(5);
    expect((await sessionData('s'))?.seatsBooked).toBe(0);
    expect((await mailsFor('ana')).map((mail) => mail.id).sort()).toEqual([
      'cancellation-session_s_ana-1',
      'confirmation-session_s_ana-1',
    ]);
    // Booking again is a new attempt with its own entries.
    await call(bookSession, { sessionId: 's' }, member('ana'));
    expect([...(await ledgerSnapshots('ana')).keys()].sort()).toEqual([
      'adjustment_opening',
      'booking_session_s_ana_1',
      'booking_session_s_ana_2',
      'refund_session_s_ana_1',
    ]);
  });

  it('answers outside-cancel-window for a member, but lets staff cancel with a refund', async () => {
    await Promise.all([
      createMembers(['ana'], 5),
      createSession('s', { startsAt: new Date(Date.now() + 3 * HOUR) }),
    ]);
    const { bookingId } = await call(bookSession, { sessionId: 's' }, member('ana'));
    expect(await reason(call(cancelBooking, { bookingId }, member('ana')))).toBe('outside-cancel-window');
    expect(await balanceOf('ana')).toBe(4);
    expect(await call(cancelBooking, { bookingId }, assistant)).toEqual({
      status: 'cancelled',
      refundedCredits: 1,
    });
    expect(await balanceOf('ana')).toBe(5);
  });

  it("refuses another member's booking", async () => {
    await Promise.all([createMembers(['ana', 'bob'], 5), createSession('s')]);
    const { bookingId } = await call(bookSession, { sessionId: 's' }, member('ana'));
    expect(await reason(call(cancelBooking, { bookingId }, member('bob')))).toBe('forbidden');
    expect(await confirmedBookings('s')).toEqual(['ana']);
  });
});

describe('waitlist', () => {
  it('gives a freed seat to the first in line who still has the credits, and tells them', async () => {
    await Promise.all([
      createMembers(['ana', 'bob', 'cleo'], 3),
      createMembers(['poor'], 0),
      createSession('s', { capacity: 1, creditCost: 2 }),
    ]);
    const { bookingId } = await call(bookSession, { sessionId: 's' }, member('ana'));
    expect(await reason(call(joinWaitlist, { sessionId: 's' }, member('ana')))).toBe('already-booked');
    expect(await call(joinWaitlist, { sessionId: 's' }, member('poor'))).toEqual({ position: 1 });
    expect(await call(joinWaitlist, { sessionId: 's' }, member('bob'))).toEqual({ position: 2 });
    expect(await call(joinWaitlist, { sessionId: 's' }, member('cleo'))).toEqual({ position: 3 });
    await call(leaveWaitlist, { sessionId: 's' }, member('cleo'));
    expect((await sessionData('s'))?.waitlistCount).toBe(2);

    await call(cancelBooking, { bookingId }, member('ana'));
    // `poor` cannot pay and keeps their place; `bob` gets the seat.
    expect(await confirmedBookings('s')).toEqual(['bob']);
    expect(await balanceOf('bob')).toBe(1);
    expect((await testDb.doc('bookings/session_s_bob').get()).get('bookedBy')).toBe('system');
    expect((await mailsFor('bob')).map((mail) => mail.id)).toEqual(['promoted-session_s_bob-1']);
    expect((await testDb.collection('sessions/s/waitlist').get()).docs.map((doc) => doc.id)).toEqual([
      'poor',
    ]);
    expect(await sessionData('s')).toMatchObject({ seatsBooked: 1, waitlistCount: 1 });
  });

  it('refuses the waitlist while seats are left', async () => {
    await Promise.all([createMembers(['ana'], 3), createSession('s', { capacity: 2 })]);
    expect(await reason(call(joinWaitlist, { sessionId: 's' }, member('ana')))).toBe('not-bookable');
    expect((await testDb.collection('sessions/s/waitlist').get()).size).toBe(0);
  });
});

describe('cancelSession', () => {
  it('refunds and tells everyone booked and everyone waiting, once', async () => {
    await Promise.all([
      createMembers(['ana', 'bob', 'cleo'], 3),
      createSession('s', { capacity: 2, creditCost: 2 }),
    ]);
    await call(bookSession, { sessionId: 's' }, member('ana'));
    await call(bookSession, { sessionId: 's' }, member('bob'));
    await call(joinWaitlist, { sessionId: 's' }, member('cleo'));
    expect(
      (await rejection(call(cancelSession, { sessionId: 's', reason: 'Formateur malade' }, member('ana'))))
        .details?.reason,
    ).toBe('forbidden');

    expect(await call(cancelSession, { sessionId: 's', reason: 'Formateur malade' }, assistant)).toEqual({
      cancelledBookings: 2,
    });
    expect(await call(cancelSession, { sessionId: 's', reason: 'Formateur malade' }, assistant)).toEqual({
      cancelledBookings: 0,
    });
    expect(await sessionData('s')).toMatchObject({
      status: 'cancelled',
      seatsBooked: 0,
      waitlistCount: 0,
      cancelReason: 'Formateur malade',
    });
    expect([await balanceOf('ana'), await balanceOf('bob'), await balanceOf('cleo')]).toEqual([3, 3, 3]);
    for (const uid of ['ana', 'bob', 'cleo']) {
      const mails = (await mailsFor(uid)).filter((mail) => String(mail.id).startsWith('session-cancelled-'));
      expect(mails).toHaveLength(1);
      expect(JSON.stringify(mails[0]?.data)).toContain('Formateur malade');
    }
    expect(await reason(call(bookSession, { sessionId: 's' }, member('cleo')))).toBe('not-bookable');
    const audit = await testDb.collection('auditLog').where('action', '==', 'session.cancel').get();
    expect(audit.size).toBe(1);
  });
});
