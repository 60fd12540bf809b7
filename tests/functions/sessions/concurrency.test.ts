// bookSession and cancelBooking under concurrency (CAPS-2, CR-7; issue 5 "Done when").
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import {
  bookingDebits,
  confirmedBookings,
  createMembers,
  createSession,
  member,
  sessionData,
} from './support.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bookSession, cancelBooking } from '../../../functions/src/index.ts';
import { call } from '../support/callables.ts';
import { balanceOf } from '../credits/support.ts';

beforeEach(resetEmulators);
afterAll(closeEmulators);

const reasonOf = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected'
    ? ((result.reason as { details?: { reason?: string } }).details?.reason ?? String(result.reason))
    : 'ok';

function tally(results: PromiseSettledResult<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) counts[reasonOf(result)] = (counts[reasonOf(result)] ?? 0) + 1;
  return counts;
}

describe('bookSession under concurrency', () => {
  it('confirms exactly 20 of 200 concurrent bookings on 20 seats', async () => {
    const uids = Array.from({ length: 200 }, (_, index) => `m${String(index).padStart(3, '0')}`);
    await Promise.all([createMembers(uids, 3), createSession('s20', { capacity: 20, creditCost: 2 })]);
    const results = await Promise.allSettled(
      uids.map((uid) => call(bookSession, { sessionId: 's20' }, member(uid))),
    );
    expect(tally(results)).toEqual({ ok: 20, full: 180 });
    const confirmed = await confirmedBookings('s20');
    expect(confirmed).toHaveLength(20);
    expect(await bookingDebits('s20')).toBe(20);
    expect((await sessionData('s20'))?.seatsBooked).toBe(20);
    const balances = await Promise.all(uids.map((uid) => balanceOf(uid)));
    expect(balances.filter((balance) => balance === 1)).toHaveLength(20);
    expect(balances.filter((balance) => balance === 3)).toHaveLength(180);
  }, 180_000);

  it('books once when one member fires 10 concurrent bookings for the same session', async () => {
    await Promise.all([createMembers(['solo'], 10), createSession('s-solo', { capacity: 5, creditCost: 2 })]);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => call(bookSession, { sessionId: 's-solo' }, member('solo'))),
    );
    expect(tally(results)).toEqual({ ok: 1, 'already-booked': 9 });
    expect(await confirmedBookings('s-solo')).toEqual(['solo']);
    expect(await bookingDebits('s-solo')).toBe(1);
    expect(await balanceOf('solo')).toBe(8);
    expect((await sessionData('s-solo'))?.seatsBooked).toBe(1);
  });

  it('lets one of two 2-credit sessions through for a member with 3 credits', async () => {
    await Promise.all([
      createMembers(['three'], 3),
      createSession('a', { creditCost: 2 }),
      createSession('b', { creditCost: 2 }),
    ]);
    const results = await Promise.allSettled([
      call(bookSession, { sessionId: 'a' }, member('three')),
      call(bookSession, { sessionId: 'b' }, member('three')),
    ]);
    expect(tally(results)).toEqual({ ok: 1, 'insufficient-credits': 1 });
    expect(await balanceOf('three')).toBe(1);
    const seats = [(await sessionData('a'))?.seatsBooked, (await sessionData('b'))?.seatsBooked].sort();
    expect(seats).toEqual([0, 1]);
  });

  it('ends consistent when a cancellation races a booking for the last seat', async () => {
    for (let round = 0; round < 5; round += 1) {
      const sessionId = `last-${round}`;
      const holder = `holder-${round}`;
      const racer = `racer-${round}`;
      await Promise.all([
        createMembers([holder, racer], 2),
        createSession(sessionId, { capacity: 1, creditCost: 1 }),
      ]);
      const { bookingId } = await call(bookSession, { sessionId }, member(holder));
      await Promise.allSettled([
        call(cancelBooking, { bookingId }, member(holder)),
        call(bookSession, { sessionId }, member(racer)),
      ]);
      const confirmed = await confirmedBookings(sessionId);
      expect((await sessionData(sessionId))?.seatsBooked).toBe(confirmed.length);
      expect(confirmed.length).toBeLessThanOrEqual(1);
      // Money matches seats: each member paid exactly for the bookings they still hold.
      expect(await balanceOf(holder)).toBe(2);
      expect(await balanceOf(racer)).toBe(confirmed.includes(racer) ? 1 : 2);
    }
  }, 60_000);
});

describe('bookSession counters stay exact', () => {
  it('keeps seatsBooked equal to the confirmed bookings after mixed concurrent books and cancels', async () => {
    const uids = Array.from({ length: 12 }, (_, index) => `mix${index}`);
    await Promise.all([createMembers(uids, 5), createSession('mix', { capacity: 6, creditCost: 1 })]);
    const first = await Promise.allSettled(
      uids.map((uid) => call(bookSession, { sessionId: 'mix' }, member(uid))),
    );
    const booked = uids.filter((_, index) => first[index]?.status === 'fulfilled');
    await Promise.allSettled([
      ...booked
        .slice(0, 3)
        .map((uid) => call(cancelBooking, { bookingId: `session_mix_${uid}` }, member(uid))),
      ...uids
        .filter((uid) => !booked.includes(uid))
        .map((uid) => call(bookSession, { sessionId: 'mix' }, member(uid))),
    ]);
    const confirmed = await confirmedBookings('mix');
    expect((await sessionData('mix'))?.seatsBooked).toBe(confirmed.length);
    expect(confirmed.length).toBeLessThanOrEqual(6);
    const ledgerTotal = await testDb
      .collectionGroup('ledger')
      .where('kind', 'in', ['booking', 'refund'])
      .get();
    const spent = -ledgerTotal.docs.reduce((sum, doc) => sum + (doc.get('delta') as number), 0);
    expect(spent).toBe(confirmed.length);
  });
});
