// ACC-1: the profile schema shared by the sign-up page and saveProfile.
import { describe, expect, it } from 'vitest';
import { PRIVACY_POLICY_VERSION } from '../constants.ts';
import { toFieldIssues } from '../validation-messages.ts';
import {
  isProfileComplete,
  latestBirthDate,
  saveProfileInputSchema,
  type SaveProfileInput,
} from './profile.ts';

const valid: SaveProfileInput = {
  firstName: 'Marie-Hélène',
  lastName: "d'Arcy",
  phone: '06 12 34 56 78',
  address: { line1: '1 rue de Rivoli', line2: '', postalCode: '75001', city: 'Paris', country: 'fr' },
  birthDate: '1990-04-15',
  status: 'job-seeker',
  consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true },
};

function issuesOf(input: unknown) {
  const result = saveProfileInputSchema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error).map((i) => `${i.path}:${i.code}`);
}

describe('saveProfileInputSchema', () => {
  it('normalises a valid profile: E.164 phone, upper-case country, blank line2 dropped', () => {
    const parsed = saveProfileInputSchema.parse(valid);
    expect(parsed.phone).toBe('+33612345678');
    expect(parsed.address).toEqual({
      line1: '1 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
    });
    expect(parsed.firstName).toBe('Marie-Hélène');
  });

  it('accepts a foreign number with its prefix and a foreign postcode', () => {
    const parsed = saveProfileInputSchema.parse({
      ...valid,
      phone: '+32 470 12 34 56',
      address: { ...valid.address, postalCode: '1000', country: 'BE' },
    });
    expect(parsed.phone).toBe('+32470123456');
  });

  it.each([
    ['missing consent', { ...valid, consent: undefined }, 'consent:consentRequired'],
    [
      'consent not accepted',
      { ...valid, consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: false } },
      'consent.accepted:consentRequired',
    ],
    [
      'outdated policy',
      { ...valid, consent: { policyVersion: '2020-01', accepted: true } },
      'consent.policyVersion:policyVersionOutdated',
    ],
    ['malformed phone', { ...valid, phone: '12345' }, 'phone:phoneInvalid'],
    ['letters in phone', { ...valid, phone: 'zero six' }, 'phone:phoneInvalid'],
    ['malformed date', { ...valid, birthDate: '15/04/1990' }, 'birthDate:birthDateInvalid'],
    ['impossible date', { ...valid, birthDate: '1990-02-30' }, 'birthDate:birthDateInvalid'],
    [
      'too young',
      { ...valid, birthDate: latestBirthDate().replace(/^\d{4}/, (y) => String(Number(y) + 1)) },
      'birthDate:birthDateOutOfRange',
    ],
    ['before 1900', { ...valid, birthDate: '1899-12-31' }, 'birthDate:birthDateOutOfRange'],
    ['unknown status', { ...valid, status: 'astronaut' }, 'status:statusInvalid'],
    [
      'oversized city',
      { ...valid, address: { ...valid.address, city: 'x'.repeat(10_000) } },
      'address.city:tooLong',
    ],
    [
      'French postcode with 4 digits',
      { ...valid, address: { ...valid.address, postalCode: '7500' } },
      'address.postalCode:postalCodeInvalid',
    ],
    [
      'unknown country',
      { ...valid, address: { ...valid.address, country: 'ZZ' } },
      'address.country:countryInvalid',
    ],
    ['digits in a name', { ...valid, firstName: 'R2D2' }, 'firstName:nameInvalid'],
    ['blank last name', { ...valid, lastName: '   ' }, 'lastName:required'],
    ['unknown field', { ...valid, role: 'admin' }, 'role:unknownField'],
  ])('rejects %s', (_label, input, expected) => {
    expect(issuesOf(input)).toContain(expected);
  });

  it('gives French messages by default and English on request', () => {
    const result = saveProfileInputSchema.safeParse({ ...valid, phone: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(toFieldIssues(result.error)[0]?.message).toMatch(/^Numéro de téléphone invalide/);
    expect(toFieldIssues(result.error, 'en')[0]?.message).toMatch(/^Invalid phone number/);
  });
});

describe('latestBirthDate', () => {
  it('is fifteen years before the given day, and 28 February for a 29 February', () => {
    expect(latestBirthDate(new Date('2026-11-21T10:00:00Z'))).toBe('2011-11-21');
    expect(latestBirthDate(new Date('2028-02-29T10:00:00Z'))).toBe('2013-02-28');
  });
});

describe('isProfileComplete', () => {
  const stamp = { toDate: () => new Date() };
  const doc = {
    ...saveProfileInputSchema.parse(valid),
    smsOptIn: false,
    email: 'marie@example.fr',
    consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true, acceptedAt: stamp },
    createdAt: stamp,
    updatedAt: stamp,
  };
  it('is true for a saved profile and false when a field is missing', () => {
    expect(isProfileComplete(doc)).toBe(true);
    expect(isProfileComplete({ ...doc, phone: undefined })).toBe(false);
    expect(isProfileComplete({ role: 'assistant', claimsUpdatedAt: stamp })).toBe(false);
  });
});
