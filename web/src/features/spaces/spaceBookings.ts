// The member's space bookings on /account/space-bookings (SPACE-6): what state each is in, which
// come first (upcoming, soonest first, then the history), what may still be done with them, and
// whether cancelling now gives the credits back. The server has the last word on all of it.
import { cancellationDeadline, canMemberCancel } from '@agora/domain';
import type { SpaceBookingRecord } from '../../lib/firebase/spaces.ts';

export type SpaceBookingState = 'confirmed' | 'pending' | 'expired' | 'cancelled' | 'unknown';

type Stateful = Pick<SpaceBookingRecord, 'status' | 'holdExpiresAt'>;

export function spaceBookingState(booking: Stateful, now: Date): SpaceBookingState {
  switch (booking.status) {
    case 'confirmed':
      return 'confirmed';
    case 'cancelled':
      return 'cancelled';
    case 'pending_payment':
      // A card hold lapses at its expiry even before the server's sweep marks it.
      return booking.holdExpiresAt !== null && booking.holdExpiresAt.getTime() <= now.getTime()
        ? 'expired'
        : 'pending';
    default:
      return 'unknown';
  }
}

/** A move keeps the booking (and its id) and changes its times: the member is told it moved. */
export function wasMoved(booking: Pick<SpaceBookingRecord, 'moves'>): boolean {
  return booking.moves > 0;
}

/** Upcoming: confirmed or awaiting payment, not ended yet. Everything else is history. */
export function isUpcoming(booking: SpaceBookingRecord, now: Date): boolean {
  const state = spaceBookingState(booking, now);
  return (state === 'confirmed' || state === 'pending') && booking.endsAt.getTime() > now.getTime();
}

export function groupSpaceBookings(
  bookings: readonly SpaceBookingRecord[],
  now: Date,
): { upcoming: SpaceBookingRecord[]; history: SpaceBookingRecord[] } {
  const byStart = (a: SpaceBookingRecord, b: SpaceBookingRecord) =>
    a.startsAt.getTime() - b.startsAt.getTime();
  const upcoming = bookings.filter((booking) => isUpcoming(booking, now)).sort(byStart);
  const history = bookings.filter((booking) => !isUpcoming(booking, now)).sort((a, b) => byStart(b, a));
  return { upcoming, history };
}

/** Cancel and move are offered on confirmed bookings that have not started. */
export function canChange(booking: SpaceBookingRecord, now: Date): boolean {
  return spaceBookingState(booking, now) === 'confirmed' && booking.startsAt.getTime() > now.getTime();
}

export type PaymentMethod = 'credits' | 'card' | 'plan' | 'other';

export function paymentMethod(booking: Pick<SpaceBookingRecord, 'method'>): PaymentMethod {
  return booking.method === 'credits' || booking.method === 'card' || booking.method === 'plan'
    ? booking.method
    : 'other';
}

export type CancelRefund =
  /** Paid in credits, cancelled in time: they come back. */
  | { kind: 'credits'; count: number }
  /** Paid in credits, cancelled late: they do not. */
  | { kind: 'creditsLost'; count: number }
  | { kind: 'card' }
  | { kind: 'plan' }
  | { kind: 'none' };

/**
 * What cancelling now means for the member's money: credits are refunded until the cancellation
 * window (settings `policies.cancellationWindowHours`) before the start, as for sessions.
 */
export function cancelTerms(
  booking: Pick<SpaceBookingRecord, 'method' | 'credits' | 'startsAt'>,
  windowHours: number,
  now: Date,
): { deadline: Date; inWindow: boolean; refund: CancelRefund } {
  const deadline = cancellationDeadline(booking.startsAt, windowHours);
  const inWindow = canMemberCancel(booking.startsAt, windowHours, now);
  const method = paymentMethod(booking);
  const refund: CancelRefund =
    method === 'credits' && booking.credits > 0
      ? { kind: inWindow ? 'credits' : 'creditsLost', count: booking.credits }
      : method === 'card'
        ? { kind: 'card' }
        : method === 'plan'
          ? { kind: 'plan' }
          : { kind: 'none' };
  return { deadline, inWindow, refund };
}
