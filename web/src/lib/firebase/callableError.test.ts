import { describe, expect, it } from 'vitest';
import { FirebaseError } from 'firebase/app';
import { CallableError, toCallableError, withoutUndefined } from './callableError.ts';

describe('withoutUndefined', () => {
  it('drops undefined properties at any depth, keeping null, false and empty strings', () => {
    const input = {
      a: 1,
      b: undefined,
      c: { d: undefined, e: null, f: '' },
      g: [{ h: undefined, i: false }],
    };
    expect(withoutUndefined(input)).toEqual({ a: 1, c: { e: null, f: '' }, g: [{ i: false }] });
    expect(Object.keys(withoutUndefined(input).c)).toEqual(['e', 'f']);
  });

  it('leaves non-plain objects untouched', () => {
    const date = new Date(0);
    expect(withoutUndefined({ date }).date).toBe(date);
  });
});

describe('toCallableError', () => {
  it('reads the code, the contract reason and the field issues of an HttpsError', () => {
    const error = Object.assign(new FirebaseError('functions/invalid-argument', 'Invalid'), {
      details: {
        reason: 'invalid-input',
        issues: [
          { path: 'address.postalCode', code: 'postalCodeInvalid', message: 'Code postal invalide' },
          'junk',
        ],
      },
    });
    const result = toCallableError(error);
    expect(result).toBeInstanceOf(CallableError);
    expect(result.code).toBe('invalid-argument');
    expect(result.reason).toBe('invalid-input');
    expect(result.issues).toEqual([
      { path: 'address.postalCode', code: 'postalCodeInvalid', message: 'Code postal invalide' },
    ]);
  });

  it('ignores reasons outside the contract and errors without details', () => {
    const odd = Object.assign(new FirebaseError('functions/internal', 'x'), { details: { reason: 'boom' } });
    expect(toCallableError(odd).reason).toBeNull();
    expect(toCallableError(new Error('offline'))).toMatchObject({
      code: 'unknown',
      reason: null,
      issues: [],
    });
  });
});
