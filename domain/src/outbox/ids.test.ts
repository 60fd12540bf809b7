// NTF-1: deterministic message ids (the idempotency keys of the outbox).
import { describe, expect, it } from 'vitest';
import { resendId, resendRoot, utcMinuteStamp, verificationMailId, welcomeMailId } from './ids.ts';

describe('resend ids', () => {
  it('numbers resends of the original message, also when a resend is resent', () => {
    expect(resendId('booking-confirmation-b1', 1)).toBe('booking-confirmation-b1~r1');
    expect(resendId('booking-confirmation-b1~r1', 2)).toBe('booking-confirmation-b1~r2');
    expect(resendRoot('m~r12')).toBe('m');
    expect(resendRoot('m~rx')).toBe('m~rx');
  });

  it('refuses a resend number that is not a positive integer', () => {
    expect(() => resendId('m', 0)).toThrow();
    expect(() => resendId('m', 1.5)).toThrow();
  });
});

describe('verification and welcome ids', () => {
  it('changes the verification id once a minute, in UTC', () => {
    const first = new Date('2026-03-29T00:59:59.999Z');
    expect(utcMinuteStamp(first)).toBe('202603290059');
    expect(verificationMailId('u1', first)).toBe('verify-u1-202603290059');
    expect(verificationMailId('u1', new Date('2026-03-29T00:59:00Z'))).toBe('verify-u1-202603290059');
    expect(verificationMailId('u1', new Date('2026-03-29T01:00:00Z'))).toBe('verify-u1-202603290100');
  });

  it('gives one welcome mail per account', () => {
    expect(welcomeMailId('u1')).toBe('welcome-u1');
  });
});
