import { describe, expect, it } from 'vitest';
import { isSpacesFieldError, withoutMatchingErrors } from './fieldErrors.ts';

describe('space form errors', () => {
  it('tell the feature’s own keys from the domain’s', () => {
    expect(isSpacesFieldError('memberRequired')).toBe(true);
    expect(isSpacesFieldError('required')).toBe(false);
    expect(isSpacesFieldError('somethingElse')).toBe(false);
  });

  it('drop a group of stale messages, keeping the others', () => {
    const errors = {
      'openingHours.1.0': 'openingHoursInvalid',
      'openingHours.1': 'invalid',
      name: 'required',
    };
    expect(withoutMatchingErrors(errors, (field) => field.startsWith('openingHours.1'))).toEqual({
      name: 'required',
    });
    expect(withoutMatchingErrors(errors, () => false)).toBe(errors);
  });
});
