// What the staff calendar shows, all live (SPACE-3): the resources, the seats held and blocks of the
// resources shown over the visible days (capacity documents), and every space booking starting in
// those days, online and internal alike. A booking made or cancelled anywhere shows at once.
import { useCallback, useMemo } from 'react';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';
import {
  watchResources,
  watchSpaceBookings,
  watchSpaceDays,
  type ResourceRecord,
  type SpaceBookingRecord,
  type SpaceOccupancy,
} from '../../../lib/firebase/spaces.ts';
import { rangeOf, visibleDays } from '../calendarRange.ts';
import type { CalendarParams } from '../calendarParams.ts';

const subscribeResources: Watch<ResourceRecord[]> = (next, fail) => watchResources(false, next, fail);

export function useResources() {
  return useLive(subscribeResources);
}

export function useCalendarData(params: CalendarParams, timeZone: string) {
  const resources = useResources();
  const shown = useMemo(
    () =>
      (resources.value ?? []).filter(
        (resource) => params.resource === null || resource.id === params.resource,
      ),
    [resources.value, params.resource],
  );
  const days = useMemo(() => visibleDays(params.view, params.date), [params.view, params.date]);
  const range = useMemo(() => rangeOf(days, timeZone), [days, timeZone]);

  // Keyed by the ids, not the records: a resource edited meanwhile does not restart the listeners.
  const idsKey = shown.map((resource) => resource.id).join(',');
  const subscribeDays = useCallback<Watch<Map<string, SpaceOccupancy>>>(
    (next, fail) => {
      const ids = idsKey === '' ? [] : idsKey.split(',');
      if (ids.length === 0) {
        next(new Map());
        return () => undefined;
      }
      // Each resource answers on its own: wait for all, or a slot still unknown would look free.
      return watchSpaceDays(
        ids,
        range.from,
        range.to,
        (occupancy) => {
          if (ids.every((id) => occupancy.has(id))) next(occupancy);
        },
        fail,
      );
    },
    [idsKey, range.from, range.to],
  );
  const occupancy = useLive(subscribeDays);

  const subscribeBookings = useCallback<Watch<SpaceBookingRecord[]>>(
    (next, fail) => watchSpaceBookings(new Date(range.startMs), new Date(range.endMs), next, fail),
    [range.startMs, range.endMs],
  );
  const bookings = useLive(subscribeBookings);

  return { resources, shown, days, range, occupancy, bookings };
}
