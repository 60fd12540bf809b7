// The dashboard's figures (ADM-1, issue 8 "Done when"): with 5,000 members and 20,000 bookings, the
// aggregates a dashboard view reads are fewer than 50 documents, and they add up to what the data
// says, counted here directly from what was seeded.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { dashboardPlan, localDateOf, periodStatsSchema, sumStats } from '@agora/domain';
import { runRebuildStats } from '../../../functions/src/stats/rebuildStats.ts';

const MEMBERS = 5_000;
const BOOKINGS = 20_000;
const DAY = 86_400_000;
const PARIS = 'Europe/Paris';
const now = Date.now();
// Spread over the last 90 days, deterministically.
const instant = (index: number, salt: number) =>
  new Date(now - (((index * 7919 + salt * 104_729) % (90 * 24)) + 1) * 3_600_000);

interface Seeded {
  createdAt: Date;
  kind: 'session' | 'space';
  cancelledAt: Date | null;
}
const users = Array.from({ length: MEMBERS }, (_, index) => instant(index, 1));
const bookings: Seeded[] = Array.from({ length: BOOKINGS }, (_, index) => ({
  createdAt: instant(index, 2),
  kind: index % 3 === 0 ? 'space' : 'session',
  cancelledAt: index % 10 === 0 ? instant(index, 3) : null,
}));

beforeAll(async () => {
  await resetEmulators();
  const writer = testDb.bulkWriter();
  users.forEach((createdAt, index) => {
    void writer.set(testDb.doc(`users/m${String(index)}`), {
      email: `m${String(index)}@example.fr`,
      createdAt: Timestamp.fromDate(createdAt),
    });
  });
  void writer.set(testDb.doc('users/staff-1'), {
    email: 'staff@example.fr',
    role: 'admin',
    createdAt: Timestamp.now(),
  });
  bookings.forEach((booking, index) => {
    void writer.set(testDb.doc(`bookings/b${String(index)}`), {
      uid: `m${String(index % MEMBERS)}`,
      kind: booking.kind,
      status: booking.cancelledAt ? 'cancelled' : 'confirmed',
      createdAt: Timestamp.fromDate(booking.createdAt),
      ...(booking.cancelledAt ? { cancelledAt: Timestamp.fromDate(booking.cancelledAt) } : {}),
    });
  });
  for (let index = 0; index < 40; index += 1) {
    void writer.set(testDb.doc(`orders/o${String(index)}`), {
      productKind: 'credit-pack',
      status: 'paid',
      amountCents: 4500,
      refundedCents: index === 0 ? 4500 : 0,
      paidAt: Timestamp.fromDate(instant(index, 4)),
    });
    void writer.set(testDb.doc(`wallets/m${String(index)}/ledger/order_o${String(index)}`), {
      kind: 'purchase',
      delta: 5,
      ref: `orders/o${String(index)}`,
      createdAt: Timestamp.fromDate(instant(index, 4)),
    });
  }
  void writer.set(testDb.doc('subscriptions/sub_1'), { uid: 'm1', status: 'active' });
  void writer.set(testDb.doc('subscriptions/sub_2'), { uid: 'm2', status: 'canceled' });
  await writer.close();
  await runRebuildStats(new Date(now));
}, 300_000);
afterAll(closeEmulators);

const inWindow = (date: Date, from: string, to: string) => {
  const day = localDateOf(date.getTime(), PARIS);
  return day >= from && day <= to;
};

async function readPlan(from: string, to: string) {
  const plan = dashboardPlan(from, to);
  const snapshots = await testDb.getAll(...plan.documentIds.map((id) => testDb.doc(`stats/${id}`)));
  const rows = snapshots
    .filter((s) => s.id !== 'current' && s.exists)
    .map((s) => periodStatsSchema.parse(s.data()));
  return { plan, reads: snapshots.length, totals: sumStats(rows), current: snapshots.at(-1)?.data() };
}

describe('dashboard aggregates over 5,000 members and 20,000 bookings', () => {
  it('the last 30 days: under 50 documents, figures equal to a direct count', async () => {
    const to = localDateOf(now, PARIS);
    const from = localDateOf(now - 29 * DAY, PARIS);
    const { plan, reads, totals, current } = await readPlan(from, to);
    expect(plan.granularity).toBe('day');
    expect(reads).toBe(31);
    expect(reads).toBeLessThan(50);
    expect(totals.signups).toBe(users.filter((date) => inWindow(date, from, to)).length);
    expect(totals.sessionBookings).toBe(
      bookings.filter((b) => b.kind === 'session' && inWindow(b.createdAt, from, to)).length,
    );
    expect(totals.spaceBookings).toBe(
      bookings.filter((b) => b.kind === 'space' && inWindow(b.createdAt, from, to)).length,
    );
    expect(totals.cancellations).toBe(
      bookings.filter((b) => b.cancelledAt && inWindow(b.cancelledAt, from, to)).length,
    );
    expect(current).toMatchObject({ members: MEMBERS, activeSubscriptions: 1 });
  });

  it('twelve months: month documents, every booking and sign-up counted once', async () => {
    const to = localDateOf(now, PARIS);
    const from = localDateOf(now - 364 * DAY, PARIS);
    const { plan, reads, totals } = await readPlan(from, to);
    expect(plan.granularity).toBe('month');
    expect(reads).toBeLessThanOrEqual(14);
    expect(totals.signups).toBe(MEMBERS);
    expect(totals.sessionBookings + totals.spaceBookings).toBe(BOOKINGS);
    expect(totals.cancellations).toBe(BOOKINGS / 10);
    expect(totals.creditsSold).toBe(40 * 5);
    expect(totals.revenueCents).toBe(39 * 4500);
  });

  it('a rebuild is idempotent: the same documents twice over', async () => {
    const before = (await testDb.collection('stats').get()).docs.map((doc) => [doc.id, doc.data()]);
    await runRebuildStats(new Date(now));
    const after = (await testDb.collection('stats').get()).docs.map((doc) => [doc.id, doc.data()]);
    expect(after).toEqual(before);
  });
});
