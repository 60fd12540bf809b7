// Dates of the sessions pages in the organisation's time zone (Europe/Paris by default). Calendar
// days are plain `YYYY-MM-DD` strings counted in UTC, where every day lasts 24 hours: stepping
// through them never skips or repeats a day across a daylight-saving change. A day becomes an
// instant only at the edge (its midnight in the zone), and an instant becomes a day by reading it
// in the zone.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/fr';

dayjs.extend(utc);
dayjs.extend(timezone);

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for an existing calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value;
}

/** The day `days` later (or earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Day of the week, Monday = 0 … Sunday = 6 (French calendars start on Monday). */
export function weekdayIndex(date: IsoDate): number {
  return (dayjs.utc(date).day() + 6) % 7;
}

/** The day an instant falls on in the zone. */
export function dayOf(instant: Date, timeZone: string): IsoDate {
  return dayjs(instant).tz(timeZone).format('YYYY-MM-DD');
}

/** The instant a day starts in the zone (its local midnight). */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  return dayjs.tz(date, timeZone).toDate();
}

type Locale = 'fr' | 'en';
const localeOf = (locale: string): Locale => (locale === 'en' ? 'en' : 'fr');

/** A day in words: "mardi 1 décembre 2026" (fr), "Tuesday 1 December 2026" (en). */
export function formatDay(date: IsoDate, locale: string): string {
  return dayjs.utc(date).locale(localeOf(locale)).format('dddd D MMMM YYYY');
}

/** A short day for calendar cells: "mar. 1 déc." (fr), "Tue 1 Dec" (en). */
export function formatShortDay(date: IsoDate, locale: string): string {
  return dayjs.utc(date).locale(localeOf(locale)).format('ddd D MMM');
}

/** "décembre 2026" (fr), "December 2026" (en). */
export function formatMonth(date: IsoDate, locale: string): string {
  return dayjs.utc(date).locale(localeOf(locale)).format('MMMM YYYY');
}

/** "mar." (fr), "Tue" (en): the column heads of a month grid. */
export function formatWeekday(date: IsoDate, locale: string): string {
  return dayjs.utc(date).locale(localeOf(locale)).format('ddd');
}

/** Time of day of an instant in the zone, 24-hour: "09:00". */
export function formatTime(instant: Date, timeZone: string): string {
  return dayjs(instant).tz(timeZone).format('HH:mm');
}

/** The start and end times, "09:00–12:00" (en dash). */
export function formatTimeRange(start: Date, end: Date, timeZone: string): string {
  return `${formatTime(start, timeZone)}\u2013${formatTime(end, timeZone)}`;
}

/**
 * When a session takes place, in the zone: "mardi 1 décembre 2026, 09:00–12:00"; a session ending
 * on another day names both days.
 */
export function formatSessionWhen(start: Date, end: Date, timeZone: string, locale: string): string {
  const startDay = dayOf(start, timeZone);
  const endDay = dayOf(end, timeZone);
  if (startDay === endDay) {
    return `${formatDay(startDay, locale)}, ${formatTimeRange(start, end, timeZone)}`;
  }
  return `${formatDay(startDay, locale)}, ${formatTime(start, timeZone)} \u2013 ${formatDay(endDay, locale)}, ${formatTime(end, timeZone)}`;
}

/** A length in whole minutes split in hours and minutes, for "3 h", "1 h 30", "45 min". */
export function durationParts(start: Date, end: Date): { hours: number; minutes: number } {
  const total = Math.max(0, Math.round((end.getTime() - start.getTime()) / 60_000));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
