// Where a booking may move (SPACE-6, staff side): the starts on a day of the same resource from
// which the booking's length fits, as `moveSpaceBooking` will check with the domain's canBook. The
// booking's own seats do not count against it: moving a 2-hour booking by one hour is allowed.
import { canBook, slotsForDay, type AvailabilityResource, type Slot } from '@agora/domain';
import type { SpaceOccupancy } from '../../lib/firebase/spaces.ts';

export interface MovableBooking {
  id: string;
  startsAt: Date;
  endsAt: Date;
  seats: number;
}

/** Slots of `localDate` where the booking could start instead (its current start left out). */
export function moveStarts(input: {
  resource: AvailabilityResource;
  localDate: string;
  timeZone: string;
  nowMs: number;
  occupancy: SpaceOccupancy | undefined;
  booking: MovableBooking;
}): Slot[] {
  const { booking, occupancy } = input;
  const lengthMs = booking.endsAt.getTime() - booking.startsAt.getTime();
  const others = (occupancy?.bookings ?? []).filter((hold) => hold.bookingId !== booking.id);
  const blocks = occupancy?.blocks ?? [];
  return slotsForDay(input.resource, input.localDate, input.timeZone).filter((slot) => {
    const startMs = Date.parse(slot.start);
    if (startMs === booking.startsAt.getTime()) return false;
    return canBook({
      resource: input.resource,
      timeZone: input.timeZone,
      now: input.nowMs,
      bookings: others,
      blocks,
      start: startMs,
      end: startMs + lengthMs,
      seats: booking.seats,
    }).ok;
  });
}
