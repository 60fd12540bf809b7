import { describe, expect, it } from 'vitest';
import { withoutMatchingErrors } from './fieldErrors.ts';

describe('form errors', () => {
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
