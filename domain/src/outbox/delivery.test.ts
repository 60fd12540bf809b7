// NTF-1: the leased delivery state machine, transition by transition.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_ATTEMPTS,
  LEASE_EXPIRED_ERROR,
  LEASE_MS,
  afterFailure,
  afterSuccess,
  canLease,
  claim,
  holdsLease,
  lease,
  newDelivery,
  retryDelayMs,
  type Delivery,
} from './delivery.ts';

const T0 = new Date('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const transient = { message: 'HTTP 503 Service Unavailable', retryable: true };

/** A message leased `attempts` times, each attempt failing with a transient error. */
function failedTimes(attempts: number, maxAttempts = DEFAULT_MAX_ATTEMPTS): Delivery {
  let delivery = newDelivery(T0, maxAttempts);
  for (let i = 0; i < attempts; i++) {
    const now = delivery.nextAttemptAt ?? T0;
    delivery = afterFailure(lease(delivery, now), transient, now);
  }
  return delivery;
}

describe('newDelivery', () => {
  it('is pending, due at once, with no attempt yet', () => {
    expect(newDelivery(T0)).toEqual({
      state: 'pending',
      attempts: 0,
      maxAttempts: 5,
      leaseExpiresAt: null,
      nextAttemptAt: T0,
      lastError: null,
      sentAt: null,
      transport: null,
      providerMessageId: null,
      updatedAt: T0,
    });
  });
});

describe('canLease', () => {
  it('takes a pending message at once', () => {
    expect(canLease(newDelivery(T0), T0)).toBe(true);
  });

  it('takes a retry only once its backoff has elapsed', () => {
    const retry = failedTimes(1);
    expect(retry.state).toBe('retry');
    expect(canLease(retry, at(29_999))).toBe(false);
    expect(canLease(retry, at(30_000))).toBe(true);
  });

  it('leaves a message in processing until its lease expires', () => {
    const processing = lease(newDelivery(T0), T0);
    expect(canLease(processing, at(LEASE_MS - 1))).toBe(false);
    expect(canLease(processing, at(LEASE_MS))).toBe(true);
  });

  it('never takes a sent or failed message', () => {
    const sent = afterSuccess(
      lease(newDelivery(T0), T0),
      { transport: 'capture', providerMessageId: null },
      T0,
    );
    const failed = afterFailure(lease(newDelivery(T0), T0), { message: 'rejected', retryable: false }, T0);
    expect(canLease(sent, at(10 * LEASE_MS))).toBe(false);
    expect(canLease(failed, at(10 * LEASE_MS))).toBe(false);
  });
});

describe('lease', () => {
  it('counts the attempt and makes the message due again when the lease expires', () => {
    const leased = lease(newDelivery(T0), at(1000), 60_000);
    expect(leased).toMatchObject({
      state: 'processing',
      attempts: 1,
      leaseExpiresAt: at(61_000),
      nextAttemptAt: at(61_000),
      updatedAt: at(1000),
    });
  });

  it('refuses a message that is not due', () => {
    expect(() => lease(lease(newDelivery(T0), T0), at(1))).toThrow(/processing/);
  });

  it('counts an expired lease as a failed attempt', () => {
    const crashed = lease(newDelivery(T0), T0);
    const again = lease(crashed, at(LEASE_MS));
    expect(again.attempts).toBe(2);
    expect(again.lastError).toBe(LEASE_EXPIRED_ERROR);
    expect(again.leaseExpiresAt).toEqual(at(2 * LEASE_MS));
  });
});

describe('claim', () => {
  it('leases a due message and leaves one that is not due', () => {
    expect(claim(newDelivery(T0), T0)).toMatchObject({ outcome: 'leased', delivery: { attempts: 1 } });
    expect(claim(lease(newDelivery(T0), T0), at(1))).toEqual({ outcome: 'not-due' });
  });

  it('gives up when a lease expires during the last allowed attempt', () => {
    const lastAttempt = lease(failedTimes(1, 2), at(30_000));
    expect(lastAttempt.attempts).toBe(2);

    const result = claim(lastAttempt, at(30_000 + LEASE_MS));

    expect(result).toEqual({
      outcome: 'exhausted',
      delivery: expect.objectContaining({
        state: 'error',
        attempts: 2,
        leaseExpiresAt: null,
        nextAttemptAt: null,
        lastError: LEASE_EXPIRED_ERROR,
      }),
    });
  });
});

describe('holdsLease', () => {
  it('is true for the same lease, even expired, and false once another worker took over', () => {
    const mine = lease(newDelivery(T0), T0);
    expect(holdsLease(mine, mine)).toBe(true);

    const takenOver = lease(mine, at(LEASE_MS));
    expect(holdsLease(takenOver, mine)).toBe(false);

    const finished = afterSuccess(mine, { transport: 'capture', providerMessageId: null }, at(1));
    expect(holdsLease(finished, mine)).toBe(false);
  });
});

describe('afterSuccess', () => {
  it('records the transport and provider id and clears the lease and the last error', () => {
    const retried = lease(failedTimes(1), at(30_000));
    const sent = afterSuccess(retried, { transport: 'sendgrid', providerMessageId: 'sg-1' }, at(31_000));
    expect(sent).toMatchObject({
      state: 'sent',
      attempts: 2,
      sentAt: at(31_000),
      leaseExpiresAt: null,
      nextAttemptAt: null,
      lastError: null,
      transport: 'sendgrid',
      providerMessageId: 'sg-1',
    });
  });
});

describe('afterFailure', () => {
  it('retries with an exponential backoff of 30 s, 1 min, 2 min, 4 min...', () => {
    const delays = [1, 2, 3, 4].map((attempts) => {
      const delivery = failedTimes(attempts);
      const failedAt = failedTimes(attempts - 1).nextAttemptAt ?? T0;
      return (delivery.nextAttemptAt?.getTime() ?? 0) - failedAt.getTime();
    });
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(failedTimes(2)).toMatchObject({
      state: 'retry',
      lastError: transient.message,
      leaseExpiresAt: null,
    });
  });

  it('caps the backoff at one hour', () => {
    expect(retryDelayMs(8)).toBe(60 * 60_000);
    expect(retryDelayMs(30)).toBe(60 * 60_000);
  });

  it('ends in error after maxAttempts attempts', () => {
    expect(failedTimes(4).state).toBe('retry');
    const failed = failedTimes(5);
    expect(failed).toMatchObject({ state: 'error', attempts: 5, nextAttemptAt: null, leaseExpiresAt: null });
    expect(canLease(failed, at(24 * 3600_000))).toBe(false);
  });

  it('does not retry a permanent failure', () => {
    const failed = afterFailure(
      lease(newDelivery(T0), T0),
      { message: 'invalid address', retryable: false, transport: 'sendgrid' },
      at(1),
    );
    expect(failed).toMatchObject({ state: 'error', attempts: 1, transport: 'sendgrid', nextAttemptAt: null });
  });

  it('keeps error texts short', () => {
    const failed = afterFailure(
      lease(newDelivery(T0), T0),
      { message: 'x'.repeat(5000), retryable: true },
      T0,
    );
    expect(failed.lastError).toHaveLength(1000);
  });
});
