// The slots of one resource over the days on screen, live: the seats held and blocks of those days
// (watchSpaceDays) fed to the domain's `availability` with the current time, so a slot taken or
// blocked anywhere turns unavailable here without a reload. A move leaves the moving booking's own
// seats out: it frees them as it moves.
import { useCallback, useMemo } from 'react';
import { availability, type AvailabilityContext, type SlotAvailability } from '@agora/domain';
import { watchSpaceDays, type ResourceRecord, type SpaceOccupancy } from '../../../lib/firebase/spaces.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';
import type { IsoDate } from '../../sessions/time.ts';

const NOTHING_HELD: SpaceOccupancy = { bookings: [], blocks: [] };

export function useSlotAvailability(input: {
  resource: ResourceRecord;
  timeZone: string;
  now: Date;
  days: readonly IsoDate[];
  /** The booking being moved, whose seats do not count. */
  excludeBookingId?: string;
}) {
  const { resource, timeZone, now, excludeBookingId } = input;
  const from = input.days[0] ?? '';
  const to = input.days[input.days.length - 1] ?? from;
  const resourceId = resource.id;
  const watch = useCallback<Watch<SpaceOccupancy>>(
    (next, fail) =>
      watchSpaceDays(
        [resourceId],
        from,
        to,
        (occupancy) => next(occupancy.get(resourceId) ?? NOTHING_HELD),
        fail,
      ),
    [resourceId, from, to],
  );
  // Only this range's occupancy: another range's would show the new days as free while they load.
  const live = useLive(from === '' ? null : watch);
  const occupancy = live.value;
  const nowMs = now.getTime();

  const context = useMemo<AvailabilityContext | null>(() => {
    if (occupancy === undefined) return null;
    return {
      resource,
      timeZone,
      now: nowMs,
      bookings: occupancy.bookings.filter((booking) => booking.bookingId !== excludeBookingId),
      blocks: occupancy.blocks,
    };
  }, [occupancy, resource, timeZone, nowMs, excludeBookingId]);

  const slots = useMemo<SlotAvailability[]>(
    () => (context === null ? [] : availability({ ...context, from, to })),
    [context, from, to],
  );

  return { status: live.status, context, slots, reload: live.reload };
}
