// The outbox delivery state machine, as pure functions on plain dates: pending → processing (a
// lease) → sent | retry (backoff) | error. Functions apply each transition in a Firestore
// transaction; the lease is what lets only one worker send a message at a time.
import { LAST_ERROR_MAX_LENGTH, type DeliveryState, type TransportName } from '../schemas/outbox.ts';

export const DEFAULT_MAX_ATTEMPTS = 5;
/**
 * How long a worker owns a message. Longer than a delivery can take (transports time out after
 * 30 s, a function after 60 s), so a lease only expires when its worker is gone.
 */
export const LEASE_MS = 2 * 60_000;
export const RETRY_BASE_DELAY_MS = 30_000;
export const RETRY_MAX_DELAY_MS = 60 * 60_000;

/** A message's delivery record with its times as Dates (stored as Timestamps). */
export interface Delivery {
  state: DeliveryState;
  attempts: number;
  maxAttempts: number;
  leaseExpiresAt: Date | null;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  transport: TransportName | null;
  providerMessageId: string | null;
  updatedAt: Date;
}

/** How one attempt failed: permanent failures (a rejected address) are not retried. */
export interface DeliveryFailure {
  message: string;
  retryable: boolean;
  transport?: TransportName | null;
}

export interface DeliverySuccess {
  transport: TransportName;
  providerMessageId: string | null;
}

/** The record of a message just queued: due at once. */
export function newDelivery(now: Date, maxAttempts: number = DEFAULT_MAX_ATTEMPTS): Delivery {
  return {
    state: 'pending',
    attempts: 0,
    maxAttempts,
    leaseExpiresAt: null,
    nextAttemptAt: now,
    lastError: null,
    sentAt: null,
    transport: null,
    providerMessageId: null,
    updatedAt: now,
  };
}

function leaseExpired(delivery: Delivery, now: Date): boolean {
  return delivery.state === 'processing' && (delivery.leaseExpiresAt?.getTime() ?? 0) <= now.getTime();
}

/**
 * Whether a worker may take the message now: it is pending, its retry is due, or the worker that
 * held it is gone (its lease expired). Sent and error are final.
 */
export function canLease(delivery: Delivery, now: Date): boolean {
  switch (delivery.state) {
    case 'pending':
      return true;
    case 'retry':
      return (delivery.nextAttemptAt?.getTime() ?? 0) <= now.getTime();
    case 'processing':
      return leaseExpired(delivery, now);
    case 'sent':
    case 'error':
      return false;
  }
}

/** The delay before retrying after `attempts` failed attempts: 30 s, 1 min, 2 min... at most 1 h. */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(RETRY_BASE_DELAY_MS * 2 ** exponent, RETRY_MAX_DELAY_MS);
}

function truncate(message: string): string {
  return message.length <= LAST_ERROR_MAX_LENGTH
    ? message
    : `${message.slice(0, LAST_ERROR_MAX_LENGTH - 1)}…`;
}

/** The text recorded when a worker disappeared while it held the lease. */
export const LEASE_EXPIRED_ERROR = 'Delivery interrupted: the lease expired before the attempt finished.';

/**
 * Takes the lease for one more attempt. An expired lease counts as a failed attempt: its
 * attempt was already counted when it was taken, and the error says it was interrupted.
 */
export function lease(delivery: Delivery, now: Date, leaseMs: number = LEASE_MS): Delivery {
  if (!canLease(delivery, now)) {
    throw new Error(`cannot lease a message in state ${delivery.state}`);
  }
  const leaseExpiresAt = new Date(now.getTime() + leaseMs);
  return {
    ...delivery,
    state: 'processing',
    attempts: delivery.attempts + 1,
    leaseExpiresAt,
    // Due again only if this worker disappears.
    nextAttemptAt: leaseExpiresAt,
    lastError: leaseExpired(delivery, now) ? LEASE_EXPIRED_ERROR : delivery.lastError,
    updatedAt: now,
  };
}

export type Claim =
  | { outcome: 'leased'; delivery: Delivery }
  | { outcome: 'exhausted'; delivery: Delivery }
  | { outcome: 'not-due' };

/**
 * What a worker does with a message it found: lease it, give up on it (a lease expired during the
 * last allowed attempt), or leave it (not due, or final).
 */
export function claim(delivery: Delivery, now: Date, leaseMs: number = LEASE_MS): Claim {
  if (!canLease(delivery, now)) return { outcome: 'not-due' };
  if (delivery.attempts >= delivery.maxAttempts) {
    return {
      outcome: 'exhausted',
      delivery: {
        ...delivery,
        state: 'error',
        leaseExpiresAt: null,
        nextAttemptAt: null,
        lastError: leaseExpired(delivery, now) ? LEASE_EXPIRED_ERROR : delivery.lastError,
        updatedAt: now,
      },
    };
  }
  return { outcome: 'leased', delivery: lease(delivery, now, leaseMs) };
}

/**
 * Whether `current` (read again before recording an outcome) is still the lease `leased` took.
 * The attempt number is the lease token: a worker whose lease expired and was taken over finds a
 * higher number and records nothing; one whose lease expired without a takeover still owns it.
 */
export function holdsLease(current: Delivery, leased: Delivery): boolean {
  return (
    current.state === 'processing' &&
    current.attempts === leased.attempts &&
    current.leaseExpiresAt?.getTime() === leased.leaseExpiresAt?.getTime()
  );
}

export function afterSuccess(delivery: Delivery, result: DeliverySuccess, now: Date): Delivery {
  return {
    ...delivery,
    state: 'sent',
    leaseExpiresAt: null,
    nextAttemptAt: null,
    lastError: null,
    sentAt: now,
    transport: result.transport,
    providerMessageId: result.providerMessageId,
    updatedAt: now,
  };
}

/** A failed attempt: retried after a backoff, unless permanent or the last one allowed. */
export function afterFailure(delivery: Delivery, failure: DeliveryFailure, now: Date): Delivery {
  const final = !failure.retryable || delivery.attempts >= delivery.maxAttempts;
  return {
    ...delivery,
    state: final ? 'error' : 'retry',
    leaseExpiresAt: null,
    nextAttemptAt: final ? null : new Date(now.getTime() + retryDelayMs(delivery.attempts)),
    lastError: truncate(failure.message),
    transport: failure.transport === undefined ? delivery.transport : failure.transport,
    updatedAt: now,
  };
}
