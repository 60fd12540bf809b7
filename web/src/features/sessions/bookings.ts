// The member's session bookings sorted into the tabs of /account/bookings and the dashboard card.
import type { SessionBookingRecord } from '../../lib/firebase/sessions.ts';

export const BOOKING_TABS = ['upcoming', 'past', 'cancelled'] as const;
export type BookingTab = (typeof BOOKING_TABS)[number];

/**
 * Where a booking goes: cancelled ones apart; the others are upcoming until the session ends (a
 * member joining a running session still finds its link there), then past.
 */
export function bookingTab(booking: Pick<SessionBookingRecord, 'status' | 'endsAt'>, now: Date): BookingTab {
  if (booking.status === 'cancelled') return 'cancelled';
  return booking.endsAt.getTime() > now.getTime() ? 'upcoming' : 'past';
}

const byStart = (a: SessionBookingRecord, b: SessionBookingRecord) =>
  a.startsAt.getTime() - b.startsAt.getTime();
const when = (booking: SessionBookingRecord) => (booking.cancelledAt ?? booking.startsAt).getTime();

/** The bookings of each tab: upcoming soonest first, past and cancelled most recent first. */
export function groupBookings(
  bookings: readonly SessionBookingRecord[],
  now: Date,
): Record<BookingTab, SessionBookingRecord[]> {
  const groups: Record<BookingTab, SessionBookingRecord[]> = { upcoming: [], past: [], cancelled: [] };
  for (const booking of bookings) groups[bookingTab(booking, now)].push(booking);
  groups.upcoming.sort(byStart);
  groups.past.sort((a, b) => byStart(b, a));
  groups.cancelled.sort((a, b) => when(b) - when(a));
  return groups;
}

/** The member's next confirmed sessions (not ended yet), soonest first. */
export function nextConfirmedBookings(
  bookings: readonly SessionBookingRecord[],
  now: Date,
  count: number,
): SessionBookingRecord[] {
  return bookings
    .filter((booking) => booking.status === 'confirmed' && booking.endsAt.getTime() > now.getTime())
    .sort(byStart)
    .slice(0, count);
}
