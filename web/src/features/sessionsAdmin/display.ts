// How the staff session pages show a session, a booking and a booking refusal: pure, unit-tested.
import dayjs from 'dayjs';
// Registers dayjs' timezone plugin and the French locale, which sessionDay needs.
import '../../app/dates.ts';
import { bookingRefusal, type BookingRefusal } from '../../app/errors/bookingRefusal.ts';
import type { StaffBookingRecord, StaffSessionRecord } from '../../lib/firebase/sessionsAdmin.ts';
import { wallClockAt } from './zonedTime.ts';

/** The status staff read in the list: a cancelled session stays cancelled whether published or not. */
export type SessionState = 'published' | 'draft' | 'cancelled';

export function sessionState(session: Pick<StaffSessionRecord, 'status' | 'published'>): SessionState {
  if (session.status === 'cancelled') return 'cancelled';
  return session.published ? 'published' : 'draft';
}

export const SESSION_STATE_COLORS = {
  published: 'success',
  draft: 'default',
  cancelled: 'error',
} as const satisfies Record<SessionState, string>;

/** Who made a booking: the member, the team on the member's behalf, or the waitlist promotion. */
export type BookedBy = 'member' | 'staff' | 'waitlist';

export function bookedByKind(booking: Pick<StaffBookingRecord, 'uid' | 'bookedBy'>): BookedBy {
  if (booking.bookedBy === 'system') return 'waitlist';
  return booking.bookedBy === booking.uid ? 'member' : 'staff';
}

/** Confirmed bookings first, then by booking time (first booked first). */
export function sortBookings(bookings: readonly StaffBookingRecord[]): StaffBookingRecord[] {
  const rank = (booking: StaffBookingRecord) => (booking.status === 'confirmed' ? 0 : 1);
  return [...bookings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * A phone number as staff dial it: French numbers (stored +33XXXXXXXXX) in the national form
 * "06 12 34 56 78", others as stored (E.164).
 */
export function displayPhone(phone: string | undefined | null): string {
  if (!phone) return '';
  const french = /^\+33([1-9]\d{8})$/.exec(phone);
  if (!french?.[1]) return phone;
  return `0${french[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** A title as a file-name part: "Excel avancé : niveau 2" → "excel-avance-niveau-2". */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'session';
}

/** Keys of sessionsAdmin.book.errors: the refusals of bookSession staff can act on. */
export type BookingFailure = Exclude<BookingRefusal, 'outsideCancelWindow'>;

/** Why bookSession refused a booking on a member's behalf; null for other errors (network...). */
export function bookingFailure(error: unknown): BookingFailure | null {
  const refusal = bookingRefusal(error);
  // Only a cancellation is refused for its deadline; bookSession never says so.
  return refusal === 'outsideCancelWindow' ? null : refusal;
}

/** A session is over once it has ended; until then staff still act on it (late bookings...). */
export function isOver(session: Pick<StaffSessionRecord, 'endsAt'>, now: Date): boolean {
  return session.endsAt !== null && session.endsAt.getTime() < now.getTime();
}

/** The day of a session in the zone and the interface's language: "sam. 24 oct. 2026". */
export function sessionDay(startsAt: Date, timeZone: string): string {
  return dayjs(startsAt).tz(timeZone).format('ddd D MMM YYYY');
}

/** `09:00–12:30` in the zone: the times of a session on its day. */
export function timeRange(startsAt: Date, endsAt: Date | null, timeZone: string): string {
  const time = (instant: Date) => {
    const { hour, minute } = wallClockAt(instant, timeZone);
    return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  };
  return endsAt ? `${time(startsAt)}–${time(endsAt)}` : time(startsAt);
}
