// The columns of a day or week grid: one per (resource, day), each with its slots coloured from the
// live capacity documents and the resource's bookings to place.
import type { ResourceRecord, SpaceBookingRecord, SpaceOccupancy } from '../../lib/firebase/spaces.ts';
import { dayBounds } from './calendarRange.ts';
import { daySlots } from './slotStates.ts';
import type { GridColumnInput } from './timeGrid.ts';

export function columnKey(resourceId: string, localDate: string): string {
  return `${resourceId}_${localDate}`;
}

/** Columns resource by resource, day by day within each, in the order given. */
export function gridColumns(input: {
  resources: readonly ResourceRecord[];
  days: readonly string[];
  occupancy: ReadonlyMap<string, SpaceOccupancy>;
  bookings: readonly SpaceBookingRecord[];
  timeZone: string;
  nowMs: number;
}): GridColumnInput[] {
  return input.resources.flatMap((resource) => {
    const occupancy = input.occupancy.get(resource.id);
    const bookings = input.bookings.filter((booking) => booking.resourceId === resource.id);
    return input.days.map((localDate) => {
      const { startMs, endMs } = dayBounds(localDate, input.timeZone);
      return {
        key: columnKey(resource.id, localDate),
        resourceId: resource.id,
        localDate,
        dayStartMs: startMs,
        dayEndMs: endMs,
        slots: daySlots(resource, localDate, occupancy, input.timeZone, input.nowMs),
        bookings,
        blocks: occupancy?.blocks ?? [],
      };
    });
  });
}
