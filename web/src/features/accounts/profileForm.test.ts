import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { PRIVACY_POLICY_VERSION, saveProfileInputSchema } from '@agora/domain';
import {
  birthDateValue,
  EMPTY_PROFILE,
  fieldsOf,
  mapIssues,
  profileFieldsInput,
  profileValuesFromUser,
  withoutErrors,
  type ProfileFormValues,
} from './profileForm.ts';

const filled: ProfileFormValues = {
  ...EMPTY_PROFILE,
  firstName: 'Camille',
  lastName: 'Martin',
  phone: '06 12 34 56 78',
  line1: '1 place Bellecour',
  postalCode: '69002',
  city: 'Lyon',
  birthDate: dayjs('1990-05-15'),
  status: 'employee',
};

describe('profile form mapping', () => {
  it('builds a saveProfile input the domain schema accepts (empty line 2 counts as absent)', () => {
    const parsed = saveProfileInputSchema.parse({
      ...profileFieldsInput(filled),
      consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true },
    });
    expect(parsed.birthDate).toBe('1990-05-15');
    expect(parsed.phone).toBe('+33612345678');
    expect(parsed.address.line2).toBeUndefined();
  });

  it('sends a half-typed or missing birth date so that validation rejects it', () => {
    expect(birthDateValue(null)).toBe('');
    expect(birthDateValue(dayjs('not a date'))).toBe('invalid');
    const result = saveProfileInputSchema.safeParse({
      ...profileFieldsInput({ ...filled, birthDate: null }),
      consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true },
    });
    expect(result.success).toBe(false);
  });

  it('fills the form from a stored profile, with France by default', () => {
    expect(profileValuesFromUser(null).country).toBe('FR');
    const values = profileValuesFromUser({
      firstName: 'Léa',
      status: 'unknown-status',
      birthDate: '2001-02-03',
    });
    expect(values.firstName).toBe('Léa');
    expect(values.status).toBe('');
    expect(values.birthDate?.format('YYYY-MM-DD')).toBe('2001-02-03');
  });
});

describe('issues to fields', () => {
  it('puts each issue under its field; consent sub-paths go to the checkbox; the rest is form-level', () => {
    const { fields, other } = mapIssues([
      { path: 'address.postalCode', code: 'postalCodeInvalid', message: '' },
      { path: 'address.postalCode', code: 'required', message: '' },
      { path: 'consent.accepted', code: 'consentRequired', message: '' },
      { path: 'nickname', code: 'unknownField', message: '' },
    ]);
    expect(fields['address.postalCode']).toEqual({ kind: 'validation', code: 'postalCodeInvalid' });
    expect(fields.consent).toEqual({ kind: 'validation', code: 'consentRequired' });
    expect(other).toEqual([{ path: 'nickname', code: 'unknownField', message: '' }]);
  });

  it('clears the errors of edited fields, and the postal code when the country changes', () => {
    const errors = {
      city: undefined,
      'address.postalCode': { kind: 'validation', code: 'postalCodeInvalid' },
    } as const;
    expect(fieldsOf({ country: 'BE' })).toEqual(['address.country', 'address.postalCode']);
    expect(withoutErrors(errors, fieldsOf({ country: 'BE' }))).toEqual({ city: undefined });
    const untouched = { firstName: { kind: 'validation', code: 'required' } } as const;
    expect(withoutErrors(untouched, ['lastName'])).toBe(untouched);
  });
});
