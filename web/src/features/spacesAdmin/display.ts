// How the staff space pages show a resource and a booking: pure, unit-tested.
import { BOOKING_STATUSES, wallClockAt, type BookingStatus, type ResourceFields } from '@agora/domain';
import type { MembersById } from '../../app/hooks/useMembersById.ts';
import type { SpaceBookingRecord } from '../../lib/firebase/spaces.ts';
import { displayName } from '../admin/memberSearch.ts';

/** A length in minutes as staff say it: "30 min", "1 h", "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The ways a resource is paid for, in the order the table lists them. */
export type PricingPart =
  { kind: 'price'; cents: number } | { kind: 'credits'; count: number } | { kind: 'plan' };

export function pricingParts(
  resource: Pick<ResourceFields, 'priceCents' | 'creditCost' | 'includedInPlan'>,
): PricingPart[] {
  const parts: PricingPart[] = [];
  if (resource.priceCents !== undefined) parts.push({ kind: 'price', cents: resource.priceCents });
  if (resource.creditCost !== undefined) parts.push({ kind: 'credits', count: resource.creditCost });
  if (resource.includedInPlan) parts.push({ kind: 'plan' });
  return parts;
}

/** 'HH:MM' of an instant in the zone. */
export function wallTime(instant: Date | number, timeZone: string): string {
  const { hour, minute } = wallClockAt(instant instanceof Date ? instant.getTime() : instant, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** `09:00–12:30` in the zone. */
export function timeRange(start: Date | number, end: Date | number, timeZone: string): string {
  return `${wallTime(start, timeZone)}–${wallTime(end, timeZone)}`;
}

/** Who a booking is for: the organisation itself, or a member (name null while unknown). */
export type BookingWho = { kind: 'internal' } | { kind: 'member'; uid: string | null; name: string | null };

export function bookingWho(
  booking: Pick<SpaceBookingRecord, 'internal' | 'uid'>,
  members: MembersById,
): BookingWho {
  if (booking.internal) return { kind: 'internal' };
  const member = booking.uid === null ? null : members[booking.uid];
  return { kind: 'member', uid: booking.uid, name: member ? displayName(member) : null };
}

/** Bookings holding (or about to hold) seats are shown; cancelled ones only on demand. */
export function isShownBooking(booking: Pick<SpaceBookingRecord, 'status'>, showCancelled: boolean): boolean {
  if (booking.status === 'confirmed' || booking.status === 'pending_payment') return true;
  return showCancelled;
}

export const BOOKING_STATUS_COLORS = {
  confirmed: 'primary',
  pending_payment: 'warning',
  cancelled: 'default',
} as const satisfies Record<BookingStatus, string>;

export function isBookingStatus(value: string | null): value is BookingStatus {
  return BOOKING_STATUSES.some((status) => status === value);
}

/** A file size as staff read it: "850 Ko", "1,2 Mo" (fr) or "850 KB", "1.2 MB" (en). */
export function formatBytes(bytes: number, locale: string): string {
  const english = locale === 'en';
  const format = (value: number) =>
    new Intl.NumberFormat(english ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.round(bytes / 1024)))} ${english ? 'KB' : 'Ko'}`;
  return `${format(bytes / (1024 * 1024))} ${english ? 'MB' : 'Mo'}`;
}
