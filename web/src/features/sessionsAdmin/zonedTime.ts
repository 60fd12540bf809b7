// Wall-clock times in the organisation's time zone (Europe/Paris) and the instants they name. Staff
// type Paris times whatever their own computer's zone, and sessions are stored as UTC instants.
// Computed with Intl rather than dayjs' timezone plugin, whose arithmetic can keep a stale UTC
// offset across a daylight-saving change (a session moved from 24 to 25 October would shift by 1 h).
// The zone lookups are the domain's (the availability code uses the same); the form's own rule is
// how a wall time that does not exist or exists twice is read.
import { wallClockAt as zoneWallClockAt, zoneOffsetMs } from '@agora/domain';

/** A date and time as read on a clock in some zone; `month` counts from 1. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The wall clock of `timeZone` at an instant. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const { year, month, day, hour, minute } = zoneWallClockAt(instant.getTime(), timeZone);
  return { year, month, day, hour, minute };
}

/** The zone's offset from UTC at an instant, in minutes (120 for Paris in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  return Math.round(zoneOffsetMs(instant, timeZone) / MINUTE);
}

const sameWallClock = (a: WallClock, b: WallClock) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The instant a wall clock of `timeZone` names. On the autumn change the repeated hour is taken at
 * its first occurrence (summer time), and a time skipped in spring moves forward by the gap (02:30
 * becomes 03:30), as calendars do.
 */
export function instantOf(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // The zone's offsets a day either side cover both sides of any change near this time.
  const before = offsetMinutes(asUtc - DAY, timeZone);
  const after = offsetMinutes(asUtc + DAY, timeZone);
  const candidates = [asUtc - before * MINUTE, asUtc - after * MINUTE]
    .filter((instant) => sameWallClock(wallClockAt(new Date(instant), timeZone), wall))
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? asUtc - before * MINUTE);
}

/** `2026-10-25T10:00` (what the tests and date inputs write) as a wall clock, or null. */
export function parseWallClock(value: string): WallClock | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Rejects 31 April or 25:00, which Date.UTC would roll over.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return { year, month, day, hour, minute };
}

/** An instant as `YYYY-MM-DD` in the zone (file names, sorting by day). */
export function isoDateIn(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClockAt(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An instant as `DD/MM/YYYY HH:mm` in the zone: the French way, which Excel in French reads as a date. */
export function frenchDateTimeIn(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClockAt(instant, timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(day)}/${two(month)}/${year} ${two(hour)}:${two(minute)}`;
}
