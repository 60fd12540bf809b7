import { describe, expect, it } from 'vitest';
import { CallableError } from '../../lib/firebase/callableError.ts';
import { callableErrorKey } from './callableErrorKey.ts';

describe('callableErrorKey', () => {
  it('prefers the contract reason over the transport code', () => {
    expect(callableErrorKey(new CallableError('failed-precondition', '', 'email-not-verified', []))).toBe(
      'emailNotVerified',
    );
    expect(callableErrorKey(new CallableError('permission-denied', '', 'forbidden', []))).toBe('forbidden');
  });

  it('falls back on the code, then on a generic message', () => {
    expect(callableErrorKey(new CallableError('unavailable', '', null, []))).toBe('network');
    expect(callableErrorKey(new CallableError('unauthenticated', '', null, []))).toBe('unauthenticated');
    expect(callableErrorKey(new CallableError('internal', '', null, []))).toBe('generic');
    expect(callableErrorKey(new Error('?'))).toBe('generic');
  });
});
