// Failures of the booking callables (bookSession, cancelBooking, joinWaitlist, leaveWaitlist) as
// the key of a message in sessions.errors: the booking reasons first, then the common ones.
import { callableErrorKey, type CallableErrorKey } from '../../app/errors/callableErrorKey.ts';
import { CallableError } from '../../lib/firebase/callableError.ts';

export type SessionErrorKey =
  CallableErrorKey | 'insufficientCredits' | 'full' | 'alreadyBooked' | 'notBookable' | 'outsideCancelWindow';

export function sessionErrorKey(error: unknown): SessionErrorKey {
  if (error instanceof CallableError) {
    switch (error.reason) {
      case 'insufficient-credits':
        return 'insufficientCredits';
      case 'full':
        return 'full';
      case 'already-booked':
        return 'alreadyBooked';
      case 'not-bookable':
        return 'notBookable';
      case 'outside-cancel-window':
        return 'outsideCancelWindow';
      default:
        break;
    }
  }
  return callableErrorKey(error);
}

/** The page that fixes the cause, when the member can fix it (verify the email, complete the profile). */
export function sessionErrorFix(
  key: SessionErrorKey,
): { to: string; label: 'verifyEmail' | 'completeProfile' } | null {
  if (key === 'emailNotVerified') return { to: '/verify-email', label: 'verifyEmail' };
  if (key === 'profileIncomplete') return { to: '/account/profile', label: 'completeProfile' };
  return null;
}
