// The refusals of the booking callables (sessions and spaces: book, move, cancel) that a message can
// explain, as the key of that message. Each screen words the ones it meets; other failures go to the
// app's generic callable messages (callableErrorKey).
import type { ErrorReason } from '@agora/domain';
import { CallableError } from '../../lib/firebase/callableError.ts';

const REFUSAL_KEYS = {
  'insufficient-credits': 'insufficientCredits',
  full: 'full',
  'already-booked': 'alreadyBooked',
  'not-bookable': 'notBookable',
  'profile-incomplete': 'profileIncomplete',
  'email-not-verified': 'emailNotVerified',
  'outside-cancel-window': 'outsideCancelWindow',
} as const satisfies Partial<Record<ErrorReason, string>>;

export type BookingRefusal = (typeof REFUSAL_KEYS)[keyof typeof REFUSAL_KEYS];

function isRefusalReason(reason: string): reason is keyof typeof REFUSAL_KEYS {
  return Object.hasOwn(REFUSAL_KEYS, reason);
}

/** Why a booking callable refused; null for other errors (network, rights, invalid input...). */
export function bookingRefusal(error: unknown): BookingRefusal | null {
  if (!(error instanceof CallableError) || error.reason === null) return null;
  return isRefusalReason(error.reason) ? REFUSAL_KEYS[error.reason] : null;
}
