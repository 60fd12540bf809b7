// The calendar of the catalogue: which days a month or week view shows (weeks start on Monday), the
// instants they cover in the organisation's zone, and the sessions of each day. Days are counted as
// calendar dates (see time.ts), so a week with a daylight-saving change still has seven distinct
// days, and its 23- or 25-hour day keeps all its sessions.
import { addDays, dayOf, startOfDay, weekdayIndex, type IsoDate } from './time.ts';

export const CALENDAR_PERIODS = ['month', 'week'] as const;
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];

export interface CalendarDay {
  date: IsoDate;
  /** False for the days of the neighbouring months that fill a month grid's first and last weeks. */
  inPeriod: boolean;
}

/** The Monday of the week holding the day. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

const firstOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

/** The last day of the month holding the day. */
function lastOfMonth(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number);
  // Day 0 of the next month is the last day of this one (UTC: no time zone involved).
  const last = new Date(Date.UTC(year ?? 1970, month ?? 1, 0));
  return last.toISOString().slice(0, 10);
}

/** The seven days (Monday to Sunday) of the week holding the anchor day. */
export function weekDays(anchor: IsoDate): CalendarDay[] {
  const monday = weekStart(anchor);
  return Array.from({ length: 7 }, (_, i) => ({ date: addDays(monday, i), inPeriod: true }));
}

/** The weeks (Monday to Sunday) covering the month holding the anchor day: 4 to 6 rows of 7. */
export function monthWeeks(anchor: IsoDate): CalendarDay[][] {
  const first = firstOfMonth(anchor);
  const last = lastOfMonth(anchor);
  const month = first.slice(0, 7);
  const weeks: CalendarDay[][] = [];
  for (let monday = weekStart(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(monday, i);
        return { date, inPeriod: date.startsWith(month) };
      }),
    );
  }
  return weeks;
}

/** The days a view shows, in order. */
export function calendarDays(anchor: IsoDate, period: CalendarPeriod): CalendarDay[] {
  return period === 'week' ? weekDays(anchor) : monthWeeks(anchor).flat();
}

/** The instants a view covers in the zone: [midnight of its first day, midnight after its last). */
export function calendarRange(
  anchor: IsoDate,
  period: CalendarPeriod,
  timeZone: string,
): { from: Date; to: Date } {
  const days = calendarDays(anchor, period);
  const first = days[0]?.date ?? anchor;
  const last = days.at(-1)?.date ?? anchor;
  return { from: startOfDay(first, timeZone), to: startOfDay(addDays(last, 1), timeZone) };
}

/** The anchor of the previous (−1) or next (+1) month or week. */
export function shiftAnchor(anchor: IsoDate, period: CalendarPeriod, step: number): IsoDate {
  if (period === 'week') return addDays(weekStart(anchor), 7 * step);
  const [year, month] = anchor.split('-').map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1 + step, 1));
  return shifted.toISOString().slice(0, 10);
}

/** The sessions of each day (by their start in the zone), each day's in start order. */
export function sessionsByDay<S extends { startsAt: Date }>(
  sessions: readonly S[],
  timeZone: string,
): Map<IsoDate, S[]> {
  const byDay = new Map<IsoDate, S[]>();
  for (const session of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const day = dayOf(session.startsAt, timeZone);
    const list = byDay.get(day);
    if (list) list.push(session);
    else byDay.set(day, [session]);
  }
  return byDay;
}
