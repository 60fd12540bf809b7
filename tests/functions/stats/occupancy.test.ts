// Space occupancy on the dashboard (ADM-1): seat-hours booked over seat-hours open, where open time
// counts every day since the resource exists, quiet days included, and not closed days.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { localDateOf, shiftLocalDate, sumStats, periodStatsSchema } from '@agora/domain';
import { runRebuildStats } from '../../../functions/src/stats/rebuildStats.ts';
import { createResource, span } from '../spaces/support.ts';

const DAY = 86_400_000;
const PARIS = 'Europe/Paris';
const now = new Date();
const today = localDateOf(now.getTime(), PARIS);
const created = shiftLocalDate(today, -9);
const closed = shiftLocalDate(today, -3);
const bookedDay = shiftLocalDate(today, -5);

beforeAll(async () => {
  await resetEmulators();
  // 08:00–20:00 every day, capacity 2: 24 seat-hours a day.
  await createResource('r1', { capacity: 2, closedDates: [closed] });
  await createResource('r-off', { capacity: 5, active: false });
  // Created at noon on its first day, whatever the clock change in between.
  await testDb
    .doc('resources/r1')
    .update({ createdAt: Timestamp.fromDate(new Date(span(12, 1, created).start)) });
  const { start, end } = span(10, 3, bookedDay);
  await testDb.doc('bookings/b1').set({
    uid: 'ana',
    kind: 'space',
    resourceId: 'r1',
    status: 'confirmed',
    seats: 2,
    startsAt: Timestamp.fromDate(new Date(start)),
    endsAt: Timestamp.fromDate(new Date(end)),
    createdAt: Timestamp.fromMillis(now.getTime() - 6 * DAY),
  });
  await runRebuildStats(now);
}, 60_000);
afterAll(closeEmulators);

async function day(date: string) {
  const snapshot = await testDb.doc(`stats/day-${date}`).get();
  return snapshot.exists ? periodStatsSchema.parse(snapshot.data()) : null;
}

describe('space occupancy', () => {
  it('counts open seat-hours on every day since the resource was created, quiet days included', async () => {
    const days = Array.from({ length: 10 }, (_, index) => shiftLocalDate(created, index));
    expect(days.at(-1)).toBe(today);
    const rows = await Promise.all(days.map(day));
    expect(rows.map((row) => row?.spaceSeatHoursOpen ?? 0)).toEqual(
      days.map((date) => (date === closed ? 0 : 24)),
    );
    // Nothing before the resource existed.
    expect(await day(shiftLocalDate(created, -1))).toBeNull();
    const totals = sumStats(rows.filter((row) => row !== null));
    expect(totals.spaceSeatHoursOpen).toBe(9 * 24);
    expect(totals.spaceSeatHoursBooked).toBe(6);
    // The month documents hold the same open time as their days.
    const months = [...new Set(days.map((date) => date.slice(0, 7)))];
    const monthRows = await Promise.all(
      months.map(async (month) =>
        periodStatsSchema.parse((await testDb.doc(`stats/month-${month}`).get()).data()),
      ),
    );
    expect(sumStats(monthRows).spaceSeatHoursOpen).toBe(9 * 24);
  });
});
