// ACC-1: the sign-up form adds credentials and the password policy to the profile.
import { describe, expect, it } from 'vitest';
import { PRIVACY_POLICY_VERSION } from '../constants.ts';
import { toFieldIssues } from '../validation-messages.ts';
import { profileInputFromSignUp, signUpFormSchema } from './sign-up.ts';
import { newPasswordIssues } from './password.ts';
import { saveProfileInputSchema } from './profile.ts';

const form = {
  firstName: 'Paul',
  lastName: 'Durand',
  email: 'paul.durand@example.fr',
  password: 'cheval-agrafe-batterie',
  passwordConfirmation: 'cheval-agrafe-batterie',
  phone: '+33 7 81 23 45 67',
  address: { line1: '2 allée des Tilleuls', postalCode: '33000', city: 'Bordeaux', country: 'FR' },
  birthDate: '1975-09-01',
  status: 'company',
  smsOptIn: true,
  consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true },
};

const codes = (input: unknown) => {
  const r = signUpFormSchema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error).map((i) => `${i.path}:${i.code}`);
};

describe('signUpFormSchema', () => {
  it('yields a saveProfile input without the credentials', () => {
    const profile = profileInputFromSignUp(signUpFormSchema.parse(form));
    expect(Object.keys(profile).sort()).toEqual(
      ['address', 'birthDate', 'consent', 'firstName', 'lastName', 'phone', 'smsOptIn', 'status'].sort(),
    );
    expect(saveProfileInputSchema.parse(profile).phone).toBe('+33781234567');
  });

  it.each([
    [
      'a short password',
      { password: 'court1!', passwordConfirmation: 'court1!' },
      'password:passwordTooShort',
    ],
    [
      'a common password',
      { password: 'azerty123456', passwordConfirmation: 'azerty123456' },
      'password:passwordTooWeak',
    ],
    [
      'a repetitive password',
      { password: 'aaaaaaaaaaaaaa', passwordConfirmation: 'aaaaaaaaaaaaaa' },
      'password:passwordTooWeak',
    ],
    [
      'a keyboard run',
      { password: 'abcdefghijklm', passwordConfirmation: 'abcdefghijklm' },
      'password:passwordTooWeak',
    ],
    [
      'a password containing the email',
      { password: 'paul.durand-2026', passwordConfirmation: 'paul.durand-2026' },
      'password:passwordContainsEmail',
    ],
    [
      'a different confirmation',
      { passwordConfirmation: 'autre-chose-encore' },
      'passwordConfirmation:passwordsDiffer',
    ],
    ['a malformed email', { email: 'paul@' }, 'email:emailInvalid'],
    ['a missing consent', { consent: undefined }, 'consent:consentRequired'],
  ])('rejects %s', (_label, patch, expected) => {
    expect(codes({ ...form, ...patch })).toContain(expected);
  });
});

describe('newPasswordIssues (sign-up and password reset)', () => {
  it('reports one issue per field, in the same codes as the sign-up form', () => {
    expect(newPasswordIssues('court', 'autre', 'paul@example.fr')).toEqual([
      { path: 'password', code: 'passwordTooShort' },
      { path: 'passwordConfirmation', code: 'passwordsDiffer' },
    ]);
    expect(newPasswordIssues('paul.durand-2026', 'paul.durand-2026', 'paul.durand@example.fr')).toEqual([
      { path: 'password', code: 'passwordContainsEmail' },
    ]);
    expect(newPasswordIssues('cheval-agrafe-batterie', 'cheval-agrafe-batterie', 'paul@example.fr')).toEqual(
      [],
    );
  });
});
