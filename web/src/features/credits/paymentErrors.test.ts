import { describe, expect, it } from 'vitest';
import { CallableError } from '../../lib/firebase/callableError.ts';
import { paymentErrorFix, paymentErrorKey } from './paymentErrors.ts';

describe('paymentErrorKey', () => {
  it('names the payment reasons', () => {
    expect(paymentErrorKey(new CallableError('failed-precondition', '', 'product-unavailable', []))).toBe(
      'productUnavailable',
    );
    expect(paymentErrorKey(new CallableError('unavailable', '', 'payments-unavailable', []))).toBe(
      'paymentsUnavailable',
    );
  });

  it('falls back on the common callable keys', () => {
    expect(paymentErrorKey(new CallableError('failed-precondition', '', 'email-not-verified', []))).toBe(
      'emailNotVerified',
    );
    expect(paymentErrorKey(new CallableError('invalid-argument', '', 'invalid-input', []))).toBe(
      'invalidInput',
    );
    expect(paymentErrorKey(new CallableError('unavailable', '', null, []))).toBe('network');
    expect(paymentErrorKey(new Error('?'))).toBe('generic');
  });
});

describe('paymentErrorFix', () => {
  it('sends the member where the cause is fixed', () => {
    expect(paymentErrorFix('emailNotVerified')).toEqual({ to: '/verify-email', label: 'verifyEmail' });
    expect(paymentErrorFix('profileIncomplete')).toEqual({
      to: '/account/profile',
      label: 'completeProfile',
    });
    expect(paymentErrorFix('productUnavailable')).toBeNull();
    expect(paymentErrorFix('generic')).toBeNull();
  });
});
