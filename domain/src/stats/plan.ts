// Which aggregate documents a dashboard period needs (ADM-1): days for a short period, months for a
// long one, plus `stats/current`, so the dashboard reads at most MAX_DASHBOARD_READS documents
// whatever the size of the data.
import { PERIOD_STAT_FIELDS, type PeriodStatField, type PeriodStats } from '../schemas/stats.ts';

/** Longest period shown day by day; longer ones are shown month by month. */
export const MAX_DAILY_DAYS = 40;
/** Longest period at all, in months. */
export const MAX_MONTHS = 36;
/** Upper bound of documents one dashboard view reads (periods + `current`). */
export const MAX_DASHBOARD_READS = Math.max(MAX_DAILY_DAYS, MAX_MONTHS) + 1;

export interface DashboardPlan {
  granularity: 'day' | 'month';
  /** Period keys in order ('YYYY-MM-DD' or 'YYYY-MM'), each read as `stats/<granularity>-<key>`. */
  periods: string[];
  /** Document ids under `stats/`, `current` last. */
  documentIds: string[];
}

function parse(localDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate)) throw new RangeError(`Invalid local date: ${localDate}`);
  return new Date(`${localDate}T00:00:00Z`);
}

const dayKey = (date: Date) => date.toISOString().slice(0, 10);
const monthKey = (date: Date) => date.toISOString().slice(0, 7);

/** Days (inclusive) from `from` to `to`, 'YYYY-MM-DD'. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let date = parse(from); date <= parse(to); date = new Date(date.getTime() + 86_400_000)) {
    days.push(dayKey(date));
  }
  return days;
}

/** The plan for the local days `from`..`to` (inclusive). */
export function dashboardPlan(from: string, to: string): DashboardPlan {
  const days = daysBetween(from, to);
  if (days.length === 0) throw new RangeError('The period ends before it starts.');
  if (days.length <= MAX_DAILY_DAYS) {
    return {
      granularity: 'day',
      periods: days,
      documentIds: [...days.map((day) => `day-${day}`), 'current'],
    };
  }
  const months = [...new Set(days.map((day) => monthKey(parse(day))))];
  if (months.length > MAX_MONTHS) throw new RangeError(`At most ${String(MAX_MONTHS)} months at once.`);
  return {
    granularity: 'month',
    periods: months,
    documentIds: [...months.map((month) => `month-${month}`), 'current'],
  };
}

/** Field by field sum of periods (missing documents count as zero). */
export function sumStats(rows: readonly Partial<PeriodStats>[]): Record<PeriodStatField, number> {
  const total = Object.fromEntries(PERIOD_STAT_FIELDS.map((field) => [field, 0])) as Record<
    PeriodStatField,
    number
  >;
  for (const row of rows) {
    for (const field of PERIOD_STAT_FIELDS) total[field] += row[field] ?? 0;
  }
  return total;
}

/** Occupancy as a share in [0, 1], or null when nothing was offered. */
export function occupancy(booked: number, offered: number): number | null {
  return offered > 0 ? Math.min(1, booked / offered) : null;
}
