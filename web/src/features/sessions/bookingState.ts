// What the session page offers the member, decided from the live session, booking, balance and
// the cancellation policy (the same rules as bookSession and cancelBooking, from the domain). The
// server decides in the end; this only chooses the buttons and messages.
import { canMemberCancel, cancellationDeadline, isBookable } from '@agora/domain';
import type { SessionBookingRecord, SessionRecord } from '../../lib/firebase/sessions.ts';
import { seatsLeft } from './catalogue.ts';

export type SessionPanelState =
  | { kind: 'cancelled' }
  | { kind: 'booked'; started: boolean }
  | { kind: 'started' }
  /** Not offered for booking (unpublished, seen by staff). */
  | { kind: 'closed' }
  | { kind: 'signedOut' }
  | { kind: 'full' }
  /** The member's booking or balance is still on its way. */
  | { kind: 'loading' }
  | { kind: 'insufficient'; missing: number }
  | { kind: 'bookable' };

export interface SessionPanelInput {
  session: SessionRecord;
  now: Date;
  signedIn: boolean;
  /** The member's booking of this session; undefined while loading, null when there is none. */
  booking: SessionBookingRecord | null | undefined;
  /** The member's balance; null while loading. */
  balance: number | null;
}

export function sessionPanelState(input: SessionPanelInput): SessionPanelState {
  const { session, now, signedIn, booking, balance } = input;
  if (session.status === 'cancelled') return { kind: 'cancelled' };
  const started = now.getTime() >= session.startsAt.getTime();
  if (signedIn && booking === undefined) return { kind: 'loading' };
  if (booking?.status === 'confirmed') return { kind: 'booked', started };
  if (started) return { kind: 'started' };
  if (!isBookable(session, now)) return { kind: 'closed' };
  if (!signedIn) return { kind: 'signedOut' };
  if (seatsLeft(session) === 0) return { kind: 'full' };
  if (balance === null) return { kind: 'loading' };
  if (balance < session.creditCost) return { kind: 'insufficient', missing: session.creditCost - balance };
  return { kind: 'bookable' };
}

/** Whether the member may still cancel a booking of a session starting then, and until when. */
export function cancelPolicy(
  startsAt: Date,
  windowHours: number,
  now: Date,
): { allowed: boolean; deadline: Date } {
  return {
    allowed: canMemberCancel(startsAt, windowHours, now),
    deadline: cancellationDeadline(startsAt, windowHours),
  };
}

/** The shop, told to bring the member back to this session once paid (CAPS-3). */
export function shopPathFor(sessionId: string): string {
  return `/shop?returnTo=/sessions/${encodeURIComponent(sessionId)}`;
}
