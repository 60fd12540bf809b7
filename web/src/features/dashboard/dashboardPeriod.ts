// The dashboard's period: first and last local day (inclusive) in the organisation's calendar,
// kept in the address (?from=&to=) so a view survives a reload and can be shared. The presets are
// counted back from today in that calendar; a period too long for the plan is refused here, before
// anything is read.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { dashboardPlan, MAX_MONTHS, type DashboardPlan } from '@agora/domain';
import { addDays, dayOf, isIsoDate, type IsoDate } from '../sessions/time.ts';

dayjs.extend(utc);

export const PERIOD_PRESETS = ['last7Days', 'last30Days', 'thisMonth', 'last12Months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
/** What the period selector shows: a preset, or two dates picked by hand. */
export type PeriodChoice = PeriodPreset | 'custom';

export interface DashboardPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** Shown when the address names no period: a month of days reads 31 documents at most. */
export const DEFAULT_PRESET: PeriodPreset = 'last30Days';

/** Today in the organisation's calendar (not the browser's: staff abroad see the same days). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return dayOf(now, timeZone);
}

const firstOfMonth = (day: IsoDate, monthsBack = 0): IsoDate =>
  dayjs.utc(day).startOf('month').subtract(monthsBack, 'month').format('YYYY-MM-DD');

/**
 * The days of a preset, today included. "12 derniers mois" starts on the first of the month eleven
 * months back: twelve whole calendar months, so the month documents read cover what is shown.
 */
export function presetPeriod(preset: PeriodPreset, today: IsoDate): DashboardPeriod {
  switch (preset) {
    case 'last7Days':
      return { from: addDays(today, -6), to: today };
    case 'last30Days':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      return { from: firstOfMonth(today), to: today };
    case 'last12Months':
      return { from: firstOfMonth(today, 11), to: today };
  }
}

/** The preset these days are today, or null (a shared link from another day reads as custom). */
export function matchingPreset(period: DashboardPeriod, today: IsoDate): PeriodPreset | null {
  return (
    PERIOD_PRESETS.find((preset) => {
      const days = presetPeriod(preset, today);
      return days.from === period.from && days.to === period.to;
    }) ?? null
  );
}

/** Reads the period from the address; missing or invalid dates give the default preset. */
export function periodFromParams(params: URLSearchParams, today: IsoDate): DashboardPeriod {
  const from = params.get('from');
  const to = params.get('to');
  if (!isIsoDate(from) || !isIsoDate(to)) return presetPeriod(DEFAULT_PRESET, today);
  // A period written backwards (edited by hand) means the same days.
  return from <= to ? { from, to } : { from: to, to: from };
}

export function periodToParams(period: DashboardPeriod): Record<string, string> {
  return { from: period.from, to: period.to };
}

export type PeriodPlan = { plan: DashboardPlan; error: null } | { plan: null; error: 'tooLong' };

/** The documents to read for the period, or why it cannot be shown (more than MAX_MONTHS months). */
export function planPeriod(period: DashboardPeriod): PeriodPlan {
  const months =
    dayjs.utc(period.to).startOf('month').diff(dayjs.utc(period.from).startOf('month'), 'month') + 1;
  if (months > MAX_MONTHS) return { plan: null, error: 'tooLong' };
  return { plan: dashboardPlan(period.from, period.to), error: null };
}

/**
 * The days the documents read actually cover: the period itself when read day by day, whole
 * months when read month by month (a month document holds the whole month).
 */
export function coveredPeriod(plan: DashboardPlan): DashboardPeriod | null {
  const first = plan.periods.at(0);
  const last = plan.periods.at(-1);
  if (first === undefined || last === undefined) return null;
  if (plan.granularity === 'day') return { from: first, to: last };
  return {
    from: `${first}-01`,
    to: dayjs.utc(`${last}-01`).endOf('month').format('YYYY-MM-DD'),
  };
}
