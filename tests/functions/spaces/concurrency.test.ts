// bookSpace and blockSpace under concurrency (SPACE-3; issue 7 "Done when"): capacity is taken at
// most once, whatever the interleaving, and the day documents, bookings and debits always agree.
import { closeEmulators, resetEmulators } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { blockSpace, bookSpace } from '../../../functions/src/index.ts';
import { call } from '../support/callables.ts';
import { balanceOf } from '../credits/support.ts';
import { assistant, createMembers, member } from '../sessions/support.ts';
import { createResource, holdsOf, peakSeats, span, spaceBookings, spaceDebits } from './support.ts';

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

const uids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(2, '0')}`);

/** Confirmed bookings, their holds and their debits agree one to one. */
async function expectConsistent(resourceId: string, members: readonly string[], creditCostPerSlot: number) {
  const confirmed = (await spaceBookings(resourceId)).filter((b) => b.status === 'confirmed');
  const holds = await holdsOf(resourceId);
  expect([...holds.keys()].sort()).toEqual(confirmed.map((b) => b.id).sort());
  for (const booking of confirmed) {
    expect(holds.get(booking.id)).toEqual({ start: booking.start, end: booking.end, seats: booking.seats });
    expect(booking.credits).toBe(((booking.end - booking.start) / 3_600_000) * creditCostPerSlot);
  }
  expect(await spaceDebits(members)).toBe(confirmed.length);
  return confirmed;
}

describe('bookSpace under concurrency', () => {
  it('capacity 1: 50 concurrent bookings of the same two hours → exactly one', async () => {
    const members = uids(50, 'a');
    await Promise.all([createMembers(members, 10), createResource('room-1', { capacity: 1 })]);
    const results = await Promise.allSettled(
      members.map((uid) =>
        call(bookSpace, { resourceId: 'room-1', ...span(10, 2), payWith: 'credits' }, member(uid)),
      ),
    );
    expect(tally(results)).toEqual({ ok: 1, full: 49 });
    const confirmed = await expectConsistent('room-1', members, 2);
    expect(confirmed).toHaveLength(1);
    const winner = confirmed[0]?.uid ?? '';
    expect(await balanceOf(winner)).toBe(6);
  }, 120_000);

  it('capacity 1: 50 concurrent overlapping spans → never two at once, every slot taken at most once', async () => {
    const members = uids(50, 'b');
    await Promise.all([
      createMembers(members, 20),
      createResource('room-2', { capacity: 1, bufferMinutes: 30 }),
    ]);
    // Spans of 1 to 3 hours starting between 09:00 and 14:00: each overlaps many others.
    const requests = members.map((uid, index) => ({ uid, hour: 9 + (index % 6), count: 1 + (index % 3) }));
    const results = await Promise.allSettled(
      requests.map(({ uid, hour, count }) =>
        call(bookSpace, { resourceId: 'room-2', ...span(hour, count), payWith: 'credits' }, member(uid)),
      ),
    );
    const counts = tally(results);
    expect(Object.keys(counts).sort()).toEqual(['full', 'ok']);
    const confirmed = await expectConsistent('room-2', members, 2);
    expect(confirmed.length).toBe(counts.ok);
    expect(confirmed.length).toBeGreaterThanOrEqual(1);
    // One seat, and the 30-minute turnover after each booking is respected too.
    expect(peakSeats(confirmed, 30)).toBe(1);
  }, 120_000);

  it('capacity 6: 50 concurrent bookings of 1–3 seats → never more than 6 at any minute', async () => {
    const members = uids(50, 'c');
    await Promise.all([
      createMembers(members, 20),
      createResource('desk-6', { capacity: 6, kind: 'hot-desk' }),
    ]);
    const results = await Promise.allSettled(
      members.map((uid, index) =>
        call(
          bookSpace,
          {
            resourceId: 'desk-6',
            ...span(9 + (index % 4), 1 + (index % 2)),
            seats: 1 + (index % 3),
            payWith: 'credits',
          },
          member(uid),
        ),
      ),
    );
    const counts = tally(results);
    const confirmed = await expectConsistent('desk-6', members, 2);
    expect(confirmed.length).toBe(counts.ok);
    expect(counts.full).toBe(50 - confirmed.length);
    expect(peakSeats(confirmed)).toBe(6);
  }, 120_000);

  it('a replayed request (same requestId ×10 at once) books and debits once', async () => {
    await Promise.all([createMembers(['solo'], 10), createResource('room-3')]);
    const request = {
      resourceId: 'room-3',
      ...span(15, 2),
      payWith: 'credits',
      requestId: 'req-0001-replay',
    };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => call(bookSpace, request, member('solo'))),
    );
    expect(tally(results)).toEqual({ ok: 10 });
    const ids = new Set(
      results.map((r) => (r.status === 'fulfilled' ? (r.value as { bookingId: string }).bookingId : '')),
    );
    expect([...ids]).toEqual(['space_req_req-0001-replay']);
    expect(await expectConsistent('room-3', ['solo'], 2)).toHaveLength(1);
    expect(await balanceOf('solo')).toBe(6);
  }, 60_000);
});

describe('blocks', () => {
  it('a blocked slot cannot be booked; the slot before it can', async () => {
    await Promise.all([createMembers(['m1'], 10), createResource('room-4')]);
    await call(
      blockSpace,
      { resourceId: 'room-4', ...span(11), reason: 'maintenance', note: 'Peinture' },
      assistant,
    );
    const refused = await Promise.allSettled([
      call(bookSpace, { resourceId: 'room-4', ...span(11), payWith: 'credits' }, member('m1')),
      call(bookSpace, { resourceId: 'room-4', ...span(10, 2), payWith: 'credits' }, member('m1')),
    ]);
    expect(refused.map(reasonOf)).toEqual(['blocked', 'blocked']);
    await call(bookSpace, { resourceId: 'room-4', ...span(10), payWith: 'credits' }, member('m1'));
    expect((await spaceBookings('room-4')).map((b) => b.status)).toEqual(['confirmed']);
    expect(await balanceOf('m1')).toBe(8);
  });

  it('a booking racing a block ends consistent: exactly one wins, every round', async () => {
    const members = uids(5, 'r');
    await Promise.all([createMembers(members, 10), createResource('room-5')]);
    for (const [round, uid] of members.entries()) {
      const hour = 9 + round * 2;
      const [booking, block] = await Promise.allSettled([
        call(bookSpace, { resourceId: 'room-5', ...span(hour), payWith: 'credits' }, member(uid)),
        call(blockSpace, { resourceId: 'room-5', ...span(hour, 2), reason: 'private' }, assistant),
      ]);
      const outcome = [reasonOf(booking), reasonOf(block)].join('/');
      expect(['ok/block-conflict', 'blocked/ok']).toContain(outcome);
      const bookings = (await spaceBookings('room-5')).filter(
        (b) => b.uid === uid && b.status === 'confirmed',
      );
      const holds = await holdsOf('room-5');
      if (outcome === 'ok/block-conflict') {
        expect(bookings).toHaveLength(1);
        expect(await balanceOf(uid)).toBe(8);
      } else {
        expect(bookings).toHaveLength(0);
        expect(await balanceOf(uid)).toBe(10);
      }
      expect(holds.size).toBe((await spaceBookings('room-5')).filter((b) => b.status === 'confirmed').length);
    }
  }, 120_000);
});
