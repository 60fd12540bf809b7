import { describe, expect, it } from 'vitest';
import { cancelSessionInputSchema, validationMessage } from '@agora/domain';
import {
  isSessionFieldError,
  parseWholeNumber,
  withoutFieldErrors,
  zodIssuesToFields,
  type FieldErrors,
} from './fieldErrors.ts';

describe('session field errors', () => {
  it('tells the page messages from the domain validation messages', () => {
    expect(isSessionFieldError('capacityBelowBooked')).toBe(true);
    expect(isSessionFieldError('lmsUrlInvalid')).toBe(true);
    expect(isSessionFieldError('dateInvalid')).toBe(true);
    expect(isSessionFieldError('required')).toBe(false);
    expect(isSessionFieldError('sessionEndInvalid')).toBe(false);
    expect(validationMessage('sessionEndInvalid', 'fr')).toBe(
      'La fin doit suivre le début, 14 heures au plus.',
    );
  });

  it('maps the cancellation reason issues to the reason field', () => {
    const parsed = cancelSessionInputSchema.safeParse({ sessionId: 's1', reason: '  ' });
    if (parsed.success) throw new Error('expected an error');
    expect(zodIssuesToFields(parsed.error, (path) => (path === 'reason' ? 'reason' : null))).toEqual({
      reason: 'reasonRequired',
    });
    const long = cancelSessionInputSchema.safeParse({ sessionId: 'bad id!', reason: 'x'.repeat(501) });
    if (long.success) throw new Error('expected an error');
    expect(zodIssuesToFields(long.error, (path) => (path === 'reason' ? 'reason' : null))).toEqual({
      reason: 'tooLong',
    });
  });

  it('reads whole numbers only', () => {
    expect(parseWholeNumber(' 12 ')).toBe(12);
    for (const text of ['', '1.5', '1,5', '-1', '+1', '1e3', 'abc']) expect(parseWholeNumber(text)).toBeNaN();
  });

  it('drops the errors of the fields changed, and only those', () => {
    const errors: FieldErrors<'startsAt' | 'endsAt' | 'title'> = { startsAt: 'required', endsAt: 'required' };
    expect(withoutFieldErrors(errors, ['startsAt'])).toEqual({ endsAt: 'required' });
    expect(withoutFieldErrors(errors, ['title'])).toBe(errors);
  });
});
