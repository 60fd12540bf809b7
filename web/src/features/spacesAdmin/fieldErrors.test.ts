import { describe, expect, it } from 'vitest';
import { isSpacesFieldError } from './fieldErrors.ts';

describe('space form errors', () => {
  it('tell the feature’s own keys from the domain’s', () => {
    expect(isSpacesFieldError('memberRequired')).toBe(true);
    expect(isSpacesFieldError('required')).toBe(false);
    expect(isSpacesFieldError('somethingElse')).toBe(false);
  });
});
