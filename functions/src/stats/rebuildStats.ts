// Dashboard aggregates (ADM-1): the figures are computed here, server side, by reading the
// collections once, and written as `stats/day-*`, `stats/month-*` and `stats/current`, so the
// dashboard reads at most a few dozen documents whatever the size of the data. Run every hour
// (`rebuildStats`) and on demand by staff (`refreshStats`). A rebuild writes every figure from
// scratch: it is idempotent, and two overlapping runs end with the same documents.
import { onCall } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { Timestamp, type DocumentData, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import {
  DEFAULT_TIME_ZONE,
  PERIOD_STAT_FIELDS,
  REGION,
  localDateOf,
  resourceFieldsSchema,
  shiftLocalDate,
  slotsForDay,
  refreshStatsInputSchema,
  type PeriodStatField,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { db } from '../lib/admin.ts';
import { pagesOf } from '../lib/pages.ts';
import { readPolicies } from '../sessions/sessionStore.ts';

type Figures = Record<PeriodStatField, number>;
const HOUR = 3_600_000;
/** Documents read per page while scanning, so memory stays flat on large collections. */
const PAGE = 2_000;
/** Seat-hours open are counted this far back at most (the dashboard shows up to 36 months). */
const OPEN_DAYS_BACK = 3 * 366;

const zero = (): Figures => Object.fromEntries(PERIOD_STAT_FIELDS.map((field) => [field, 0])) as Figures;

class Tally {
  readonly days = new Map<string, Figures>();

  constructor(private readonly timeZone: string) {}

  add(at: Date | null, field: PeriodStatField, value: number): void {
    if (at === null) return;
    this.addOnDay(localDateOf(at.getTime(), this.timeZone), field, value);
  }

  addOnDay(day: string, field: PeriodStatField, value: number): void {
    if (value === 0) return;
    const figures = this.days.get(day) ?? zero();
    figures[field] += value;
    this.days.set(day, figures);
  }

  /** The days and the months they add up to. */
  periods(): Map<string, Figures> {
    const result = new Map<string, Figures>();
    for (const [day, figures] of this.days) {
      result.set(`day-${day}`, figures);
      const monthId = `month-${day.slice(0, 7)}`;
      const month = result.get(monthId) ?? zero();
      for (const field of PERIOD_STAT_FIELDS) month[field] += figures[field];
      result.set(monthId, month);
    }
    return result;
  }
}

const dateOf = (value: unknown): Date | null => (value instanceof Timestamp ? value.toDate() : null);
const numberOf = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

/** Every document of a collection (or collection group), page by page, in document order. */
async function scan(
  path: string,
  visit: (doc: QueryDocumentSnapshot<DocumentData>) => void,
  group = false,
): Promise<number> {
  const base = group ? db().collectionGroup(path) : db().collection(path);
  let read = 0;
  for await (const docs of pagesOf(base.orderBy('__name__'), PAGE)) {
    docs.forEach(visit);
    read += docs.length;
  }
  return read;
}

export async function runRebuildStats(now: Date = new Date()): Promise<{ periods: number; scanned: number }> {
  const { timeZone } = await readPolicies().catch(() => ({ timeZone: DEFAULT_TIME_ZONE }));
  const tally = new Tally(timeZone);
  let members = 0;
  let activeSubscriptions = 0;
  let scanned = 0;

  scanned += await scan('users', (user) => {
    if (typeof user.get('role') === 'string') return;
    members += 1;
    tally.add(dateOf(user.get('createdAt')), 'signups', 1);
  });

  scanned += await scan('bookings', (booking) => {
    const kind: unknown = booking.get('kind');
    tally.add(dateOf(booking.get('createdAt')), kind === 'space' ? 'spaceBookings' : 'sessionBookings', 1);
    if (booking.get('status') === 'cancelled')
      tally.add(dateOf(booking.get('cancelledAt')), 'cancellations', 1);
    if (kind === 'space' && booking.get('status') === 'confirmed') {
      const start = dateOf(booking.get('startsAt'));
      const end = dateOf(booking.get('endsAt'));
      if (start && end) {
        tally.add(
          start,
          'spaceSeatHoursBooked',
          ((end.getTime() - start.getTime()) / HOUR) * (numberOf(booking.get('seats')) || 1),
        );
      }
    }
  });

  scanned += await scan('sessions', (session) => {
    if (session.get('status') === 'cancelled') return;
    const start = dateOf(session.get('startsAt'));
    tally.add(start, 'sessionSeatsBooked', numberOf(session.get('seatsBooked')));
    tally.add(start, 'sessionSeatsOffered', numberOf(session.get('capacity')));
  });

  // Seat-hours open: each active resource's opening hours, on every day from its creation (or the
  // first day with activity) through today or the last day booked, quiet days included, so the
  // occupancy of a period is booked over open time, not over the days something happened.
  const resources: { fields: ReturnType<typeof resourceFieldsSchema.parse>; since: string | null }[] = [];
  scanned += await scan('resources', (resource) => {
    const parsed = resourceFieldsSchema.safeParse(resource.data());
    const created = dateOf(resource.get('createdAt'));
    if (parsed.success && parsed.data.active)
      resources.push({
        fields: parsed.data,
        since: created ? localDateOf(created.getTime(), timeZone) : null,
      });
  });
  const today = localDateOf(now.getTime(), timeZone);
  const activity = [...tally.days.keys()].sort();
  const lastActivity = activity.at(-1) ?? today;
  const last = lastActivity > today ? lastActivity : today;
  const earliest = shiftLocalDate(today, -OPEN_DAYS_BACK);
  for (const { fields, since } of resources) {
    const start = [since ?? activity[0] ?? today, earliest].sort().at(-1) ?? today;
    for (let day = start; day <= last; day = shiftLocalDate(day, 1)) {
      if (fields.closedDates.includes(day)) continue;
      const hours = slotsForDay(fields, day, timeZone).length * (fields.slotMinutes / 60);
      tally.addOnDay(day, 'spaceSeatHoursOpen', hours * fields.capacity);
    }
  }

  scanned += await scan(
    'ledger',
    (entry) => {
      const kind: unknown = entry.get('kind');
      const delta = numberOf(entry.get('delta'));
      const at = dateOf(entry.get('createdAt'));
      if (kind === 'purchase' || kind === 'subscription') tally.add(at, 'creditsSold', delta);
      // Spent: booking debits (negative), net of the refunds of those bookings.
      if (kind === 'booking' || (kind === 'refund' && String(entry.get('ref')).startsWith('bookings/'))) {
        tally.add(at, 'creditsUsed', -delta);
      }
    },
    true,
  );

  scanned += await scan('orders', (order) => {
    const status: unknown = order.get('status');
    if (status !== 'paid' && status !== 'refunded') return;
    // Subscription periods are counted from their payments below (one per period).
    if (order.get('productKind') === 'subscription') return;
    tally.add(
      dateOf(order.get('paidAt')),
      'revenueCents',
      numberOf(order.get('amountCents')) - numberOf(order.get('refundedCents')),
    );
  });
  scanned += await scan('payments', (payment) => {
    if (typeof payment.get('invoiceId') !== 'string') return;
    tally.add(
      dateOf(payment.get('createdAt')),
      'revenueCents',
      numberOf(payment.get('amountCents')) - numberOf(payment.get('refundedCents')),
    );
  });

  scanned += await scan('subscriptions', (subscription) => {
    if (['active', 'trialing'].includes(String(subscription.get('status')))) activeSubscriptions += 1;
  });

  // Every period with data is written whole; periods that no longer have any are emptied.
  const periods = tally.periods();
  const stale = (await db().collection('stats').select().get()).docs
    .map((doc) => doc.id)
    .filter((id) => id !== 'current' && !periods.has(id));
  const writer = db().bulkWriter();
  for (const [id, figures] of periods) {
    void writer.set(db().collection('stats').doc(id), {
      period: id.replace(/^(day|month)-/, ''),
      ...figures,
    });
  }
  for (const id of stale) void writer.delete(db().collection('stats').doc(id));
  void writer.set(db().collection('stats').doc('current'), {
    members,
    activeSubscriptions,
    computedAt: Timestamp.fromDate(now),
  });
  await writer.close();
  return { periods: periods.size, scanned };
}

export const rebuildStats = onSchedule(
  {
    schedule: 'every 60 minutes',
    region: REGION,
    timeZone: DEFAULT_TIME_ZONE,
    retryCount: 0,
    timeoutSeconds: 540,
    memory: '1GiB',
  },
  async () => {
    await runRebuildStats();
  },
);

export const handleRefreshStats = callable(
  { input: refreshStatsInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async (): Promise<{ computedAt: string; periods: number }> => {
    const now = new Date();
    const { periods } = await runRebuildStats(now);
    return { computedAt: now.toISOString(), periods };
  },
);

export const refreshStats = onCall(
  { ...callableOptions, timeoutSeconds: 300, memory: '1GiB' },
  handleRefreshStats,
);
