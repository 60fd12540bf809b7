// The dashboard aggregates (`stats/day-*`, `stats/month-*`, `stats/current`) as the dashboard shows
// them, shaped from the documents read: parsed with the domain schemas, a missing period read as
// zeros (the stats job writes only days and months where something happened). Free of SDK
// instances: unit-tested on its own.
import {
  currentStatsSchema,
  PERIOD_STAT_FIELDS,
  periodStatsSchema,
  type CurrentStats,
  type DashboardPlan,
  type PeriodStats,
} from '@agora/domain';
import { record } from './fields.ts';

/** One document as read: its id under `stats/`, whether it exists, its data. */
export interface StatsSnapshot {
  id: string;
  exists: boolean;
  data: unknown;
}

export interface DashboardData {
  /** One row per period of the plan, in plan order. */
  rows: PeriodStats[];
  /** `stats/current`, or null before the first computation. */
  current: CurrentStats | null;
  /** Documents the view read (a missing document is a read too): the bound the plan promises. */
  documentsRead: number;
}

/**
 * One period's figures. Each field is checked on its own so that one odd value (written by an
 * older job) costs that figure only, not the whole period; the key is the plan's, not the stored one.
 */
export function toPeriodStats(period: string, raw: unknown): PeriodStats {
  const data = record(raw) ?? {};
  const figures = Object.fromEntries(
    PERIOD_STAT_FIELDS.map((field) => {
      const parsed = periodStatsSchema.shape[field].safeParse(data[field]);
      return [field, parsed.success ? parsed.data : 0];
    }),
  );
  return periodStatsSchema.parse({ ...figures, period });
}

/** `stats/current`, or null when it is missing or does not fit the schema. */
export function toCurrentStats(
  snapshot: Pick<StatsSnapshot, 'exists' | 'data'> | undefined,
): CurrentStats | null {
  if (!snapshot?.exists) return null;
  const parsed = currentStatsSchema.safeParse(record(snapshot.data) ?? {});
  return parsed.success ? parsed.data : null;
}

/** The view of a plan from the documents read for it (in any order; missing ones may be absent). */
export function toDashboardData(plan: DashboardPlan, snapshots: readonly StatsSnapshot[]): DashboardData {
  const byId = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));
  const rows = plan.periods.map((period) => {
    const snapshot = byId.get(`${plan.granularity}-${period}`);
    return toPeriodStats(period, snapshot?.exists ? snapshot.data : undefined);
  });
  return { rows, current: toCurrentStats(byId.get('current')), documentsRead: snapshots.length };
}
