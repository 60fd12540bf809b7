// The slots of one resource on one day as the staff calendar colours them. Staff see why a slot is
// not free in four words: closed (closed date, inactive resource), blocked, booked (someone holds
// seats in it, whether or not seats remain) or free. Seats held come from the capacity documents,
// which every booking writes in its transaction, so the grid is as exact as the booking rule.
import {
  availability,
  peakOccupancy,
  toMs,
  type AvailabilityResource,
  type SlotAvailability,
} from '@agora/domain';
import type { SpaceOccupancy } from '../../lib/firebase/spaces.ts';

export const SLOT_STATES = ['free', 'booked', 'blocked', 'closed'] as const;
export type SlotState = (typeof SLOT_STATES)[number];

export interface DaySlot extends SlotAvailability {
  startMs: number;
  endMs: number;
  state: SlotState;
  /** Most seats held at once during the slot itself (its buffer aside). */
  seatsHeld: number;
}

const EMPTY: SpaceOccupancy = { bookings: [], blocks: [] };

/** Every slot of `localDate` with its state; an unpaid card hold past its expiry holds nothing. */
export function daySlots(
  resource: AvailabilityResource,
  localDate: string,
  occupancy: SpaceOccupancy | undefined,
  timeZone: string,
  nowMs: number,
): DaySlot[] {
  const { bookings, blocks } = occupancy ?? EMPTY;
  const held = bookings
    .filter((hold) => hold.heldUntil === undefined || toMs(hold.heldUntil) > nowMs)
    .map((hold) => ({ startMs: toMs(hold.start), endMs: toMs(hold.end), seats: hold.seats }));
  return availability({
    resource,
    timeZone,
    now: nowMs,
    bookings,
    blocks,
    from: localDate,
    to: localDate,
  }).map((slot) => {
    const startMs = Date.parse(slot.start);
    const endMs = Date.parse(slot.end);
    const seatsHeld = peakOccupancy({ startMs, endMs }, held);
    const state: SlotState =
      slot.reason === 'closed'
        ? 'closed'
        : slot.reason === 'blocked'
          ? 'blocked'
          : seatsHeld > 0
            ? 'booked'
            : 'free';
    return { ...slot, startMs, endMs, state, seatsHeld };
  });
}

/** Staff may start a booking here: not closed or blocked, seats left, and not yet begun. */
export function canStartBooking(slot: DaySlot, nowMs: number): boolean {
  return (slot.state === 'free' || slot.state === 'booked') && slot.seatsLeft > 0 && slot.startMs > nowMs;
}

/** Staff may block here: nothing blocks or closes it already. */
export function canBlock(slot: DaySlot): boolean {
  return slot.state === 'free' || slot.state === 'booked';
}
