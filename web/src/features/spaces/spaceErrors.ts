// Failures of the space callables (bookSpace, moveSpaceBooking, cancelBooking) as something to show:
// a message of spaces.errors for the reasons this page knows, the field issues of an invalid input
// (translated through the domain's validation messages), or else the server's own sentence (French),
// which says more than a generic failure.
import type { FieldIssue } from '@agora/domain';
import { callableErrorKey, type CallableErrorKey } from '../../app/errors/callableErrorKey.ts';
import { CallableError } from '../../lib/firebase/callableError.ts';

export type SpaceErrorKey =
  | CallableErrorKey
  | 'insufficientCredits'
  | 'full'
  | 'blocked'
  | 'closed'
  | 'notice'
  | 'window'
  | 'misaligned'
  | 'seats'
  | 'alreadyBooked'
  | 'notBookable'
  | 'outsideCancelWindow'
  | 'planRequired'
  | 'paymentUnavailable';

// Keyed by plain strings: the space reasons may be newer than the client's list of reasons.
const REASON_KEYS = new Map<string, SpaceErrorKey>([
  ['insufficient-credits', 'insufficientCredits'],
  ['full', 'full'],
  ['blocked', 'blocked'],
  ['closed', 'closed'],
  ['notice', 'notice'],
  ['window', 'window'],
  ['misaligned', 'misaligned'],
  ['seats', 'seats'],
  ['already-booked', 'alreadyBooked'],
  ['not-bookable', 'notBookable'],
  ['outside-cancel-window', 'outsideCancelWindow'],
  ['plan-required', 'planRequired'],
  ['payment-unavailable', 'paymentUnavailable'],
  ['payments-unavailable', 'paymentUnavailable'],
]);

/** Refusals whose server message is written for people (not "internal" and the like). */
const SPOKEN_CODES = new Set([
  'failed-precondition',
  'not-found',
  'already-exists',
  'out-of-range',
  'resource-exhausted',
]);

export interface SpaceError {
  key: SpaceErrorKey;
  /** Field issues of an invalid input, each with its message key. */
  issues: FieldIssue[];
  /** The server's sentence, shown when no translated message says more than "failed". */
  serverMessage: string | null;
}

export function spaceError(error: unknown): SpaceError {
  if (!(error instanceof CallableError)) return { key: 'generic', issues: [], serverMessage: null };
  const known = error.reason === null ? undefined : REASON_KEYS.get(error.reason);
  if (known !== undefined) return { key: known, issues: [], serverMessage: null };
  const key = callableErrorKey(error);
  const message = error.message.trim();
  const spoken = key === 'generic' && SPOKEN_CODES.has(error.code) && message !== '' ? message : null;
  return { key, issues: key === 'invalidInput' ? error.issues : [], serverMessage: spoken };
}

/** The page that fixes the cause, when the member can fix it. */
export function spaceErrorFix(
  key: SpaceErrorKey,
  /** Where the shop brings the member back after buying credits, an in-app path (ids encoded). */
  returnTo: string,
): { to: string; label: 'verifyEmail' | 'completeProfile' | 'buyCredits' } | null {
  if (key === 'emailNotVerified') return { to: '/verify-email', label: 'verifyEmail' };
  if (key === 'profileIncomplete') return { to: '/account/profile', label: 'completeProfile' };
  if (key === 'insufficientCredits') return { to: `/shop?returnTo=${returnTo}`, label: 'buyCredits' };
  return null;
}
