// What the member may book from the slot they clicked: how many contiguous slots (each one accepted
// by the domain's `canBook`, the rule the server applies too) and how many seats. Recomputed from
// live data on every render, so a slot taken meanwhile shortens the choices at once.
import {
  canBook,
  localDateOf,
  slotsForDay,
  type AvailabilityContext,
  type CanBookResult,
  type SlotAvailability,
} from '@agora/domain';

export interface DurationChoice {
  /** Number of consecutive slots. */
  slotCount: number;
  /** End instant (UTC ISO), as `bookSpace` takes it. */
  end: string;
}

/** The slots of the start's day from the start onwards (slot boundaries, no availability). */
function daySlotsFrom(context: AvailabilityContext, start: string): { start: string; end: string }[] {
  const day = slotsForDay(
    context.resource,
    localDateOf(Date.parse(start), context.timeZone),
    context.timeZone,
  );
  const first = day.findIndex((slot) => slot.start === start);
  return first === -1 ? [] : day.slice(first);
}

/**
 * Every length `canBook` accepts from `start` for `seats`: 1, 2, … slots, up to the first one it
 * refuses (a longer booking covers the refused slot too, so it would be refused as well).
 */
export function durationChoices(
  context: AvailabilityContext,
  start: string,
  seats: number,
): DurationChoice[] {
  const choices: DurationChoice[] = [];
  for (const slot of daySlotsFrom(context, start)) {
    if (!canBook({ ...context, start, end: slot.end, seats }).ok) break;
    choices.push({ slotCount: choices.length + 1, end: slot.end });
  }
  return choices;
}

/** Seats offered for a start slot: 1 up to the seats left there (none when it is not free). */
export function seatChoices(slot: Pick<SlotAvailability, 'available' | 'seatsLeft'> | undefined): number[] {
  if (!slot?.available) return [];
  return Array.from({ length: slot.seatsLeft }, (_, index) => index + 1);
}

/** The member's pick: a start slot, a length and seats (the length may no longer fit: see `resolve`). */
export interface SlotSelection {
  start: string;
  /** Local day of the start, to drop the pick when that day leaves the screen. */
  localDate: string;
  slotCount: number;
  seats: number;
}

export interface ResolvedSelection {
  start: string;
  end: string;
  slotCount: number;
  seats: number;
  /** Start instants of the slots covered, to highlight them. */
  covered: string[];
}

/**
 * The booking the selection makes now, with the length and seats brought down to what is still
 * possible; null when the start slot itself can no longer be booked (taken, blocked, too late).
 */
export function resolveSelection(
  context: AvailabilityContext,
  selection: SlotSelection,
  startSlot: Pick<SlotAvailability, 'available' | 'seatsLeft'> | undefined,
): ResolvedSelection | null {
  const seats = Math.min(selection.seats, seatChoices(startSlot).length);
  if (seats < 1) return null;
  const choices = durationChoices(context, selection.start, seats);
  const choice = choices[Math.min(selection.slotCount, choices.length) - 1];
  if (choice === undefined) return null;
  const covered = daySlotsFrom(context, selection.start)
    .slice(0, choice.slotCount)
    .map((slot) => slot.start);
  return { start: selection.start, end: choice.end, slotCount: choice.slotCount, seats, covered };
}

/**
 * Moving a booking keeps its length and seats: the new span [start, start + length) checked with
 * `canBook`, the booking's own seats left out of the occupancy (it frees them as it moves).
 */
export function checkMove(
  context: AvailabilityContext,
  move: { start: string; durationMs: number; seats: number },
): CanBookResult & { end: string } {
  const end = new Date(Date.parse(move.start) + move.durationMs).toISOString();
  return { ...canBook({ ...context, start: move.start, end, seats: move.seats }), end };
}

/**
 * The pick after a click on a free slot, as in a range picker: with a single slot picked, a later
 * slot of the same day it can stretch to becomes its last slot (click the start, then the end);
 * any other click starts afresh there.
 */
export function nextSelection(
  context: AvailabilityContext | null,
  current: SlotSelection | null,
  clicked: Pick<SlotAvailability, 'start' | 'localDate'>,
): SlotSelection {
  const fresh: SlotSelection = {
    start: clicked.start,
    localDate: clicked.localDate,
    slotCount: 1,
    seats: current?.seats ?? 1,
  };
  if (context === null || current === null || current.slotCount !== 1) return fresh;
  if (current.localDate !== clicked.localDate) return fresh;
  if (Date.parse(clicked.start) <= Date.parse(current.start)) return fresh;
  const starts = daySlotsFrom(context, current.start).map((slot) => slot.start);
  const slotCount = starts.indexOf(clicked.start) + 1;
  const fits = durationChoices(context, current.start, current.seats).some(
    (choice) => choice.slotCount === slotCount,
  );
  return slotCount > 0 && fits ? { ...current, slotCount } : fresh;
}
