// Booking failures in words: the contract's reasons first, then the common callable errors.
import { describe, expect, it } from 'vitest';
import { CallableError } from '../../lib/firebase/callableError.ts';
import { sessionErrorFix, sessionErrorKey } from './sessionErrors.ts';

const failure = (code: string, reason: ConstructorParameters<typeof CallableError>[2]) =>
  new CallableError(code, 'failed', reason, []);

describe('sessionErrorKey', () => {
  it('maps each booking reason', () => {
    expect(sessionErrorKey(failure('failed-precondition', 'insufficient-credits'))).toBe(
      'insufficientCredits',
    );
    expect(sessionErrorKey(failure('failed-precondition', 'full'))).toBe('full');
    expect(sessionErrorKey(failure('already-exists', 'already-booked'))).toBe('alreadyBooked');
    expect(sessionErrorKey(failure('failed-precondition', 'not-bookable'))).toBe('notBookable');
    expect(sessionErrorKey(failure('failed-precondition', 'outside-cancel-window'))).toBe(
      'outsideCancelWindow',
    );
  });

  it('falls back on the common keys', () => {
    expect(sessionErrorKey(failure('failed-precondition', 'email-not-verified'))).toBe('emailNotVerified');
    expect(sessionErrorKey(failure('failed-precondition', 'profile-incomplete'))).toBe('profileIncomplete');
    expect(sessionErrorKey(failure('unavailable', null))).toBe('network');
    expect(sessionErrorKey(new Error('boom'))).toBe('generic');
  });
});

describe('sessionErrorFix', () => {
  it('links to the page that fixes the cause', () => {
    expect(sessionErrorFix('emailNotVerified')).toEqual({ to: '/verify-email', label: 'verifyEmail' });
    expect(sessionErrorFix('profileIncomplete')).toEqual({
      to: '/account/profile',
      label: 'completeProfile',
    });
    expect(sessionErrorFix('full')).toBeNull();
  });
});
