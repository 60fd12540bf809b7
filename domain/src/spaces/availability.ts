// Availability of a coworking resource (SPACE-2, SPACE-4): pure, no clock (`now` is an argument), so
// web, functions and the tests all compute the same grid.
//
// Time zones. Opening hours are local wall-clock times; each day they become instants through the
// zone's offset as `Intl.DateTimeFormat` reports it (never a fixed offset), so DST is handled:
// - a range opens at the EARLIEST instant whose wall clock reads `open` and closes at the LATEST
//   instant whose wall clock reads `close`. On the fall-back day a range covering 02:00–03:00 stays
//   open through both passes of that hour (the clock really shows those times twice);
// - a wall time that does not exist (spring-forward gap, 02:00–03:00 in Paris) resolves to the
//   instant the clock jumps, i.e. the first instant whose wall clock reads at or after it;
// - slots are laid in elapsed time from the opening instant, each exactly `slotMinutes` long, and a
//   slot that would run past closing is dropped. A 00:00–24:00 hourly day thus has 23 slots in
//   March and 25 in October (02:00 appears twice, labelled by the same wall time); a 09:00–18:00
//   day has 9 on both, since the change happens at night;
// - when a fold makes a range's close fall after the next range's open, the next range starts at
//   that close, so slots never overlap.
//
// Occupancy. A booking holds its seats over [start, end + buffer): the buffer is the turnover after
// it (cleaning, resetting the room), for every kind and every capacity; on a capacity-6 room a
// 2-seat booking holds 2 seats during its buffer, not the room. Occupancy at an instant is the sum
// of the seats held then; the invariant the booking transaction keeps is occupancy ≤ capacity at
// every instant. A slot's `seatsLeft` is capacity minus the highest occupancy over
// [slot start, slot end + buffer), the span a booking of that slot would hold, so two bookings
// closer than the buffer never share a seat, whichever was made first. Staff set the buffer to 0
// where no turnover is needed (typically hot desks). Blocks take no buffer: staff give their exact
// extent. A card booking awaiting payment holds its seats until `heldUntil`, then counts no more,
// even before the expiry job has removed it.
import type { OpeningRange, ResourceFields, Weekday } from '../schemas/spaces.ts';
import { parseWallTime } from '../schemas/spaces.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Longest span `availability` computes at once; a staff month view with margins fits. */
export const MAX_AVAILABILITY_DAYS = 62;

/** What the functions need of a resource (a subset of the document, so tests stay short). */
export type AvailabilityResource = Pick<
  ResourceFields,
  | 'capacity'
  | 'openingHours'
  | 'closedDates'
  | 'slotMinutes'
  | 'bufferMinutes'
  | 'minNoticeMinutes'
  | 'bookingWindowDays'
  | 'active'
>;

/** An instant: Date, ISO string with offset, or epoch milliseconds. */
export type InstantLike = Date | string | number;

export interface BookingInterval {
  start: InstantLike;
  end: InstantLike;
  seats: number;
  /** Unpaid card booking: its hold lapses at this instant. */
  heldUntil?: InstantLike;
}

export interface BlockInterval {
  start: InstantLike;
  end: InstantLike;
}

export type UnavailableReason = 'closed' | 'notice' | 'window' | 'blocked' | 'full';

/** A candidate slot. `start`/`end` are UTC ISO instants, ready for `bookSpace`. */
export interface Slot {
  start: string;
  end: string;
  /** Local day the slot belongs to, 'YYYY-MM-DD'. */
  localDate: string;
  /** Local wall-clock start, 'HH:MM' (twice the same on the fall-back day, as on the clock). */
  localTime: string;
}

export interface SlotAvailability extends Slot {
  seatsLeft: number;
  available: boolean;
  reason?: UnavailableReason;
}

export interface AvailabilityContext {
  resource: AvailabilityResource;
  timeZone: string;
  now: InstantLike;
  bookings: readonly BookingInterval[];
  blocks: readonly BlockInterval[];
}

export function toMs(instant: InstantLike): number {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

// One formatter per zone: building them is the expensive part of Intl, and they hold no state.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock of `timeZone` at instant `ms`. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (Paris: +3,600,000 in winter). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const wall = wallClockAt(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Local calendar day of an instant, 'YYYY-MM-DD'. */
export function localDateOf(ms: number, timeZone: string): string {
  const wall = wallClockAt(ms, timeZone);
  return `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}`;
}

function localTimeOf(ms: number, timeZone: string): string {
  const wall = wallClockAt(ms, timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

function parseLocalDate(localDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (match === null) throw new RangeError(`Invalid local date: ${localDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * The instant at which the wall clock of `timeZone` reads `minutes` after midnight of `localDate`
 * (1440 = next midnight). In a fold, `which` picks the earlier or later pass; in a gap, the result is
 * the instant the clock jumps (the first instant reading at or after that time).
 */
export function wallTimeToInstant(
  localDate: string,
  minutes: number,
  timeZone: string,
  which: 'earliest' | 'latest',
): number {
  const { year, month, day } = parseLocalDate(localDate);
  // The wall time read as if it were UTC; the real instant is this minus the offset in force then.
  const wallAsUtc = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  // Offsets a day either side: DST changes are months apart, so these are the offsets before and
  // after any change near this wall time.
  const offsetBefore = zoneOffsetMs(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(wallAsUtc + DAY_MS, timeZone);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => zoneOffsetMs(instant, timeZone) === wallAsUtc - instant)
    .sort((a, b) => a - b);
  const first = candidates[0];
  const last = candidates[candidates.length - 1];
  if (first !== undefined && last !== undefined) return which === 'earliest' ? first : last;
  // Gap: the clock jumps over this wall time somewhere between these two instants; find the jump to
  // the minute (every real zone changes on a whole minute).
  let low = wallAsUtc - offsetAfter; // still on the old offset
  let high = wallAsUtc - offsetBefore; // already on the new offset
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zoneOffsetMs(middle, timeZone) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

/** Weekday of a calendar day, JavaScript numbering (0 = Sunday), as a key of `openingHours`. */
export function weekdayOf(localDate: string): Weekday {
  const { year, month, day } = parseLocalDate(localDate);
  return String(new Date(Date.UTC(year, month - 1, day)).getUTCDay()) as Weekday;
}

interface SlotMs {
  startMs: number;
  endMs: number;
  localDate: string;
}

function slotIntervalsForDay(
  resource: Pick<AvailabilityResource, 'openingHours' | 'slotMinutes'>,
  localDate: string,
  timeZone: string,
): SlotMs[] {
  const ranges: readonly OpeningRange[] = resource.openingHours[weekdayOf(localDate)];
  const slotMs = resource.slotMinutes * MINUTE_MS;
  const slots: SlotMs[] = [];
  let previousClose = Number.NEGATIVE_INFINITY;
  for (const range of ranges) {
    const open = parseWallTime(range.open);
    const close = parseWallTime(range.close);
    if (open === null || close === null || close <= open) continue;
    const openMs = Math.max(wallTimeToInstant(localDate, open, timeZone, 'earliest'), previousClose);
    const closeMs = wallTimeToInstant(localDate, close, timeZone, 'latest');
    for (let startMs = openMs; startMs + slotMs <= closeMs; startMs += slotMs) {
      slots.push({ startMs, endMs: startMs + slotMs, localDate });
    }
    previousClose = Math.max(previousClose, closeMs);
  }
  return slots;
}

function toSlot(slot: SlotMs, timeZone: string): Slot {
  return {
    start: new Date(slot.startMs).toISOString(),
    end: new Date(slot.endMs).toISOString(),
    localDate: slot.localDate,
    localTime: localTimeOf(slot.startMs, timeZone),
  };
}

/**
 * Candidate slots of one local day from its weekday's opening hours, in time order. Closed dates and
 * `active` are not applied here (availability reports them as 'closed' so calendars can show them).
 */
export function slotsForDay(
  resource: Pick<AvailabilityResource, 'openingHours' | 'slotMinutes'>,
  localDate: string,
  timeZone: string,
): Slot[] {
  return slotIntervalsForDay(resource, localDate, timeZone).map((slot) => toSlot(slot, timeZone));
}

/** The calendar day `days` after (or before) `localDate`, 'YYYY-MM-DD' (no time zone involved). */
export function shiftLocalDate(localDate: string, days: number): string {
  const { year, month, day } = parseLocalDate(localDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Next calendar day, 'YYYY-MM-DD'. */
export const nextLocalDate = (localDate: string): string => shiftLocalDate(localDate, 1);

export interface Interval {
  startMs: number;
  endMs: number;
}

export interface SeatInterval extends Interval {
  seats: number;
}

interface PreparedContext {
  resource: AvailabilityResource;
  timeZone: string;
  nowMs: number;
  closed: ReadonlySet<string>;
  bookings: SeatInterval[];
  blocks: Interval[];
}

function prepare(context: AvailabilityContext): PreparedContext {
  const bufferMs = context.resource.bufferMinutes * MINUTE_MS;
  const nowMs = toMs(context.now);
  return {
    resource: context.resource,
    timeZone: context.timeZone,
    nowMs,
    closed: new Set(context.resource.closedDates),
    bookings: context.bookings
      .filter((booking) => booking.heldUntil === undefined || toMs(booking.heldUntil) > nowMs)
      .map((booking) => ({
        startMs: toMs(booking.start),
        endMs: toMs(booking.end) + bufferMs,
        seats: booking.seats,
      })),
    blocks: context.blocks.map((block) => ({ startMs: toMs(block.start), endMs: toMs(block.end) })),
  };
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.startMs < b.endMs && b.startMs < a.endMs;
}

/** Highest occupancy over `window`: a sweep over the held spans that overlap it. */
export function peakOccupancy(window: Interval, held: readonly SeatInterval[]): number {
  const changes: [number, number][] = [];
  for (const span of held) {
    if (!overlaps(window, span)) continue;
    changes.push([Math.max(span.startMs, window.startMs), span.seats]);
    changes.push([Math.min(span.endMs, window.endMs), -span.seats]);
  }
  // Half-open spans: at the same instant, a release comes before a take.
  changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of changes) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

function evaluate(slot: SlotMs, context: PreparedContext): SlotAvailability {
  const { resource } = context;
  const window = { startMs: slot.startMs, endMs: slot.endMs + resource.bufferMinutes * MINUTE_MS };
  const seatsUsed = peakOccupancy(window, context.bookings);
  const seatsLeft = Math.min(resource.capacity, Math.max(0, resource.capacity - seatsUsed));
  // First matching reason wins, from the most permanent to the most circumstantial.
  let reason: UnavailableReason | undefined;
  if (!resource.active || context.closed.has(slot.localDate)) reason = 'closed';
  else if (context.blocks.some((block) => overlaps(slot, block))) reason = 'blocked';
  else if (slot.startMs < context.nowMs + resource.minNoticeMinutes * MINUTE_MS) reason = 'notice';
  else if (slot.startMs > context.nowMs + resource.bookingWindowDays * DAY_MS) reason = 'window';
  else if (seatsLeft === 0) reason = 'full';
  const result: SlotAvailability = {
    ...toSlot(slot, context.timeZone),
    seatsLeft,
    available: reason === undefined,
  };
  if (reason !== undefined) result.reason = reason;
  return result;
}

/**
 * Every slot of the local days `from`..`to` (inclusive, 'YYYY-MM-DD') with the seats left and, when
 * it cannot be booked, why. `seatsLeft` is computed even for unavailable slots (staff calendars show
 * it) and always lies in [0, capacity].
 */
export function availability(input: AvailabilityContext & { from: string; to: string }): SlotAvailability[] {
  const context = prepare(input);
  const result: SlotAvailability[] = [];
  let day = input.from;
  for (let count = 0; day <= input.to; count += 1) {
    if (count >= MAX_AVAILABILITY_DAYS) {
      throw new RangeError(`At most ${String(MAX_AVAILABILITY_DAYS)} days at once`);
    }
    for (const slot of slotIntervalsForDay(input.resource, day, input.timeZone)) {
      result.push(evaluate(slot, context));
    }
    day = nextLocalDate(day);
  }
  return result;
}

export type CanBookResult =
  { ok: true; slots: SlotAvailability[] } | { ok: false; reason: UnavailableReason | 'misaligned' | 'seats' };

/**
 * Whether [start, end) can be booked for `seats`: it must start and end on slot boundaries of one
 * local day, cover contiguous slots of one opening range, and every covered slot must be available
 * with at least `seats` seats left. The reason returned is the first covered slot's.
 */
export function canBook(
  input: AvailabilityContext & { start: InstantLike; end: InstantLike; seats: number },
): CanBookResult {
  const startMs = toMs(input.start);
  const endMs = toMs(input.end);
  if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > input.resource.capacity) {
    return { ok: false, reason: 'seats' };
  }
  if (endMs <= startMs) return { ok: false, reason: 'misaligned' };
  const day = slotIntervalsForDay(input.resource, localDateOf(startMs, input.timeZone), input.timeZone);
  const first = day.findIndex((slot) => slot.startMs === startMs);
  if (first === -1) return { ok: false, reason: 'misaligned' };
  const covered: SlotMs[] = [];
  let expectedStart = startMs;
  for (let index = first; index < day.length && expectedStart < endMs; index += 1) {
    const slot = day[index];
    // A hole between two slots means two opening ranges: a booking can't span the closed time.
    if (slot?.startMs !== expectedStart) return { ok: false, reason: 'misaligned' };
    covered.push(slot);
    expectedStart = slot.endMs;
  }
  if (expectedStart !== endMs) return { ok: false, reason: 'misaligned' };
  const context = prepare(input);
  const evaluated = covered.map((slot) => evaluate(slot, context));
  for (const slot of evaluated) {
    if (slot.reason !== undefined) return { ok: false, reason: slot.reason };
    if (slot.seatsLeft < input.seats) return { ok: false, reason: 'full' };
  }
  return { ok: true, slots: evaluated };
}
