// The staff bookings list's filters (issue 8 item 2): kind (sessions, spaces), status, member,
// period of the start and order, kept in the address and turned into one Firestore query. Each
// equality filter has an index with `startsAt` in both directions (firestore.indexes.json), and
// Firestore merges them when several are chosen, so every combination is served.
import { BOOKING_STATUSES, type BookingStatus } from '@agora/domain';
import {
  choiceFromParams,
  memberPeriodEntries,
  memberPeriodFromParams,
  paramsOf,
  periodRange,
  type MemberPeriodFilters,
} from '../../app/lists/listParams.ts';
import type { ListQuery } from '../../lib/firebase/lists.ts';
import { STAFF_BOOKING_KINDS, type StaffBookingKind } from '../../lib/firebase/staffLists.ts';

export interface BookingFilters extends MemberPeriodFilters {
  kind: StaffBookingKind | 'all';
  status: BookingStatus | 'all';
}

export function bookingFiltersFromParams(params: URLSearchParams): BookingFilters {
  return {
    kind: choiceFromParams(params, 'kind', STAFF_BOOKING_KINDS),
    status: choiceFromParams(params, 'status', BOOKING_STATUSES),
    ...memberPeriodFromParams(params),
  };
}

export function bookingFiltersToParams(filters: BookingFilters): Record<string, string> {
  return paramsOf([['kind', filters.kind], ['status', filters.status], ...memberPeriodEntries(filters)]);
}

/** Bookings starting in the period, by start time, with the equality filters chosen. */
export function bookingsQuery(filters: BookingFilters, timeZone: string): ListQuery {
  return {
    where: [
      ...(filters.kind === 'all' ? [] : [{ field: 'kind', value: filters.kind }]),
      ...(filters.status === 'all' ? [] : [{ field: 'status', value: filters.status }]),
      ...(filters.uid === null ? [] : [{ field: 'uid', value: filters.uid }]),
    ],
    orderBy: { field: 'startsAt', direction: filters.order },
    range: periodRange(filters, timeZone),
  };
}
