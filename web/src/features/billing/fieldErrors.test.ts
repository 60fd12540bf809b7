import { describe, expect, it } from 'vitest';
import { issuesToFields, parseWholeNumber, withoutFieldErrors, type FieldErrors } from './fieldErrors.ts';

describe('field errors', () => {
  it('reads whole numbers only', () => {
    expect(parseWholeNumber(' 12 ')).toBe(12);
    expect(parseWholeNumber('0')).toBe(0);
    for (const text of ['', '1.5', '1,5', '-1', '+1', '1e3', 'abc']) {
      expect(parseWholeNumber(text)).toBeNaN();
    }
  });

  it('keeps the first issue of each field and sets the others apart', () => {
    const fieldOf = (path: string) => (path === 'name' ? ('name' as const) : null);
    expect(
      issuesToFields(
        [
          { path: 'name', code: 'required', message: '' },
          { path: 'name', code: 'tooLong', message: '' },
          { path: '', code: 'invalid', message: '' },
        ],
        fieldOf,
      ),
    ).toEqual({ fields: { name: 'required' }, other: [{ path: '', code: 'invalid', message: '' }] });
  });

  it('drops the errors of the fields changed, and only those', () => {
    const errors: FieldErrors<'amount' | 'reason' | 'members'> = {
      amount: 'creditsInvalid',
      reason: 'reasonRequired',
    };
    expect(withoutFieldErrors(errors, ['amount'])).toEqual({ reason: 'reasonRequired' });
    expect(withoutFieldErrors(errors, ['members'])).toBe(errors);
  });
});
