// Failures of the booking callables (bookSession, cancelBooking, joinWaitlist, leaveWaitlist) as
// the key of a message in sessions.errors: the booking reasons first, then the common ones.
import { bookingRefusal, type BookingRefusal } from '../../app/errors/bookingRefusal.ts';
import { callableErrorKey, type CallableErrorKey } from '../../app/errors/callableErrorKey.ts';

export type SessionErrorKey = CallableErrorKey | BookingRefusal;

export function sessionErrorKey(error: unknown): SessionErrorKey {
  return bookingRefusal(error) ?? callableErrorKey(error);
}

/** The page that fixes the cause, when the member can fix it (verify the email, complete the profile). */
export function sessionErrorFix(
  key: SessionErrorKey,
): { to: string; label: 'verifyEmail' | 'completeProfile' } | null {
  if (key === 'emailNotVerified') return { to: '/verify-email', label: 'verifyEmail' };
  if (key === 'profileIncomplete') return { to: '/account/profile', label: 'completeProfile' };
  return null;
}
