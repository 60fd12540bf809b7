// The days a calendar view shows and the instants they span in the organisation's zone. Days are
// 'YYYY-MM-DD' and counted with calendar arithmetic; only their bounds become instants, through the
// zone's offset on each of those days, so a week across a DST change still ends at midnight.
import { nextLocalDate, wallTimeToInstant, weekdayOf } from '@agora/domain';
import type { CalendarView } from './calendarParams.ts';
import { mondayFirstIndex } from './weekdays.ts';

function parts(localDate: string): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = localDate.split('-').map(Number);
  return [year, month, day];
}

/** `localDate` moved by `days` (negative: back). */
export function addDays(localDate: string, days: number): string {
  const [year, month, day] = parts(localDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The same day `months` later, or the month's last day when it has fewer (31 Jan + 1 → 28 Feb). */
export function addMonths(localDate: string, months: number): string {
  const [year, month, day] = parts(localDate);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The Monday of the week holding `localDate`. */
export function mondayOf(localDate: string): string {
  return addDays(localDate, -mondayFirstIndex(weekdayOf(localDate)));
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextLocalDate(day)) days.push(day);
  return days;
}

/**
 * The weeks of the month grid holding `localDate`: Monday before (or on) the 1st to Sunday after
 * (or on) the last day, 4 to 6 rows of 7 days.
 */
export function monthWeeks(localDate: string): string[][] {
  const [year, month] = parts(localDate);
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const days = daysBetween(mondayOf(first), addDays(mondayOf(last), 6));
  const weeks: string[][] = [];
  for (let start = 0; start < days.length; start += 7) weeks.push(days.slice(start, start + 7));
  return weeks;
}

/** The days a view shows around its reference day. */
export function visibleDays(view: CalendarView, localDate: string): string[] {
  if (view === 'day') return [localDate];
  if (view === 'week') return daysBetween(mondayOf(localDate), addDays(mondayOf(localDate), 6));
  return monthWeeks(localDate).flat();
}

/** The reference day one step back or forward: a day, a week or a month. */
export function shiftReference(view: CalendarView, localDate: string, step: 1 | -1): string {
  if (view === 'day') return addDays(localDate, step);
  if (view === 'week') return addDays(localDate, 7 * step);
  return addMonths(localDate, step);
}

/** The instants a local day spans, [its midnight, the next midnight). */
export function dayBounds(localDate: string, timeZone: string): { startMs: number; endMs: number } {
  return {
    startMs: wallTimeToInstant(localDate, 0, timeZone, 'earliest'),
    endMs: wallTimeToInstant(nextLocalDate(localDate), 0, timeZone, 'earliest'),
  };
}

/** The first and last day shown and the instants between them, for the live queries. */
export function rangeOf(
  days: readonly string[],
  timeZone: string,
): { from: string; to: string; startMs: number; endMs: number } {
  const from = days[0] ?? '1970-01-01';
  const to = days[days.length - 1] ?? from;
  return { from, to, startMs: dayBounds(from, timeZone).startMs, endMs: dayBounds(to, timeZone).endMs };
}
