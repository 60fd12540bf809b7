// Edits of the opening-hours editor: ranges typed as 'HH:MM' text per weekday, added, removed and
// copied from Monday to the working days. The schema checks the result; these only shape it.
import { MAX_RANGES_PER_DAY, parseWallTime, type Weekday } from '@agora/domain';
import { WORKING_DAYS } from './weekdays.ts';

export interface RangeValues {
  open: string;
  close: string;
}

export type OpeningHoursValues = Record<Weekday, RangeValues[]>;

const DAY_MINUTES = 1440;
/** What a new range lasts when the day has room for it: a half day. */
const NEW_RANGE_MINUTES = 240;
const DEFAULT_OPEN = 9 * 60;

/** Minutes since midnight as 'HH:MM' (1440 is '24:00', the end of the day). */
export function wallTimeText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Every weekday closed. */
export function closedWeek(): OpeningHoursValues {
  return { '0': [], '1': [], '2': [], '3': [], '4': [], '5': [], '6': [] };
}

/** The same ranges on each of `days`, other days closed. */
export function weekWith(days: readonly Weekday[], ranges: readonly RangeValues[]): OpeningHoursValues {
  const week = closedWeek();
  for (const day of days) week[day] = ranges.map((range) => ({ ...range }));
  return week;
}

/**
 * A time as staff type it, written as the schema wants it: '9' → '09:00', '9h30' → '09:30',
 * '18.15' → '18:15'. Anything else is returned trimmed, for the schema to refuse.
 */
export function normalizeWallTime(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?$/.exec(trimmed);
  if (!match) return trimmed;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const minutesOfDay = hours * 60 + minutes;
  if (minutes > 59 || minutesOfDay > DAY_MINUTES) return trimmed;
  return wallTimeText(minutesOfDay);
}

/**
 * The range a click on "add" appends: from the day's last closing (or 09:00) for a half day, in
 * whole slots, within the day. Null when the day has no room left or holds the most ranges allowed.
 */
export function nextRange(ranges: readonly RangeValues[], slotMinutes: number): RangeValues | null {
  if (ranges.length >= MAX_RANGES_PER_DAY) return null;
  const last = ranges[ranges.length - 1];
  const open = last === undefined ? DEFAULT_OPEN : parseWallTime(last.close);
  const slot = Number.isInteger(slotMinutes) && slotMinutes > 0 ? slotMinutes : 60;
  if (open === null || open + slot > DAY_MINUTES) return null;
  const slots = Math.max(1, Math.floor(Math.min(NEW_RANGE_MINUTES, DAY_MINUTES - open) / slot));
  return { open: wallTimeText(open), close: wallTimeText(open + slots * slot) };
}

export function addRange(hours: OpeningHoursValues, day: Weekday, slotMinutes: number): OpeningHoursValues {
  const range = nextRange(hours[day], slotMinutes);
  return range === null ? hours : { ...hours, [day]: [...hours[day], range] };
}

export function removeRange(hours: OpeningHoursValues, day: Weekday, index: number): OpeningHoursValues {
  return { ...hours, [day]: hours[day].filter((_, position) => position !== index) };
}

export function changeRange(
  hours: OpeningHoursValues,
  day: Weekday,
  index: number,
  patch: Partial<RangeValues>,
): OpeningHoursValues {
  return {
    ...hours,
    [day]: hours[day].map((range, position) => (position === index ? { ...range, ...patch } : range)),
  };
}

/** Monday's ranges on Tuesday to Friday too ("copier lundi sur les jours ouvrés"). */
export function copyMondayToWorkingDays(hours: OpeningHoursValues): OpeningHoursValues {
  const copy = { ...hours };
  for (const day of WORKING_DAYS) copy[day] = hours['1'].map((range) => ({ ...range }));
  return copy;
}
