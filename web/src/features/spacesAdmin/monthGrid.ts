// The month view: per day, the bookings to show (in time order) and how many blocks touch it.
import { toMs } from '@agora/domain';
import type { SpaceBlockInterval, SpaceBookingRecord } from '../../lib/firebase/spaces.ts';
import { dayBounds } from './calendarRange.ts';

export interface MonthDay {
  localDate: string;
  /** Outside the reference month (the grid's first and last days): shown dimmed. */
  inMonth: boolean;
  bookings: SpaceBookingRecord[];
  blockCount: number;
}

/** Each day of the grid with its bookings (by start) and the blocks overlapping it. */
export function monthDays(
  weeks: readonly (readonly string[])[],
  reference: string,
  bookings: readonly SpaceBookingRecord[],
  blocks: readonly SpaceBlockInterval[],
  timeZone: string,
): MonthDay[][] {
  const month = reference.slice(0, 7);
  const sorted = [...bookings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return weeks.map((week) =>
    week.map((localDate) => {
      const { startMs, endMs } = dayBounds(localDate, timeZone);
      return {
        localDate,
        inMonth: localDate.slice(0, 7) === month,
        bookings: sorted.filter((booking) => {
          const start = booking.startsAt.getTime();
          return start >= startMs && start < endMs;
        }),
        blockCount: blocks.filter((block) => toMs(block.start) < endMs && toMs(block.end) > startMs).length,
      };
    }),
  );
}
