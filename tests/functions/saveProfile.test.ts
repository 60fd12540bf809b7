// saveProfile against the Firestore emulator: what a member's profile looks like once stored, and
// that every rejected input leaves the stored document exactly as it was.
import { closeEmulators, resetEmulators, testDb } from './support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { PRIVACY_POLICY_VERSION } from '@agora/domain';
import { saveProfile } from '../../functions/src/index.ts';
import { call, rejection, signedIn } from './support/callables.ts';
import { validProfileInput } from './support/profiles.ts';

const UID = 'member-1';
// Sign-up saves the profile before the email is verified: the happy path uses such a token.
const member = signedIn(UID, { email: 'elise@example.fr', email_verified: false });
const userDoc = () => testDb.collection('users').doc(UID);

beforeEach(resetEmulators);
afterAll(closeEmulators);

describe('saveProfile: stored profile', () => {
  it('stores the normalised profile, the token email and a dated consent', async () => {
    await expect(call(saveProfile, validProfileInput(), member)).resolves.toEqual({ ok: true });

    const stored = (await userDoc().get()).data();
    expect(stored).toMatchObject({
      firstName: 'Élise',
      lastName: 'd’Aubigné',
      phone: '+33612345678',
      address: {
        line1: '12 rue de la Paix',
        line2: 'Bâtiment B',
        postalCode: '75002',
        city: 'Paris',
        country: 'FR',
      },
      birthDate: '1990-04-15',
      status: 'self-employed',
      smsOptIn: false,
      email: 'elise@example.fr',
      consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true },
    });
    expect(stored?.consent.acceptedAt).toBeInstanceOf(Timestamp);
    expect(stored?.createdAt).toBeInstanceOf(Timestamp);
    expect(stored?.updatedAt).toBeInstanceOf(Timestamp);
    expect(stored).not.toHaveProperty('role');
  });

  it('keeps createdAt and the consent date on a later save, and replaces the edited fields', async () => {
    await call(saveProfile, validProfileInput(), member);
    const first = (await userDoc().get()).data();

    const edited = validProfileInput();
    edited.phone = '+32 470 12 34 56';
    edited.address = { line1: '1 place du Marché', postalCode: '69001', city: 'Lyon', country: 'FR' };
    edited.smsOptIn = true;
    await call(saveProfile, edited, member);
    const second = (await userDoc().get()).data();

    expect(second?.createdAt).toEqual(first?.createdAt);
    expect(second?.consent.acceptedAt).toEqual(first?.consent.acceptedAt);
    expect(second?.updatedAt.toMillis()).toBeGreaterThan(first?.updatedAt.toMillis());
    expect(second?.phone).toBe('+32470123456');
    expect(second?.smsOptIn).toBe(true);
    // The address is replaced whole: the line2 the member cleared is gone.
    expect(second?.address).toEqual({
      line1: '1 place du Marché',
      postalCode: '69001',
      city: 'Lyon',
      country: 'FR',
    });
  });

  it('preserves the server-owned role fields', async () => {
    const claimsUpdatedAt = Timestamp.fromMillis(Date.UTC(2026, 0, 2));
    await userDoc().set({ role: 'assistant', claimsUpdatedAt });

    await call(saveProfile, validProfileInput(), member);

    const stored = (await userDoc().get()).data();
    expect(stored?.role).toBe('assistant');
    expect(stored?.claimsUpdatedAt).toEqual(claimsUpdatedAt);
    expect(stored?.firstName).toBe('Élise');
    // A document created by setUserRole has no createdAt yet: the first profile save dates it.
    expect(stored?.createdAt).toBeInstanceOf(Timestamp);
  });
});

describe('saveProfile: rejected input', () => {
  type Input = Record<string, unknown> & ReturnType<typeof validProfileInput>;
  const cases: { name: string; change: (input: Input) => unknown; path: string; code: string }[] = [
    {
      name: 'missing consent',
      change: ({ consent: _consent, ...rest }) => rest,
      path: 'consent',
      code: 'consentRequired',
    },
    {
      name: 'consent not accepted',
      change: (input) => ({ ...input, consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: false } }),
      path: 'consent.accepted',
      code: 'consentRequired',
    },
    {
      name: 'malformed phone',
      change: (input) => ({ ...input, phone: '12' }),
      path: 'phone',
      code: 'phoneInvalid',
    },
    {
      name: 'impossible birth date',
      change: (input) => ({ ...input, birthDate: '1990-02-30' }),
      path: 'birthDate',
      code: 'birthDateInvalid',
    },
    {
      name: 'unknown status',
      change: (input) => ({ ...input, status: 'astronaut' }),
      path: 'status',
      code: 'statusInvalid',
    },
    {
      name: 'oversized city',
      change: (input) => ({ ...input, address: { ...input.address, city: 'x'.repeat(10_000) } }),
      path: 'address.city',
      code: 'tooLong',
    },
    {
      name: 'unknown extra field (a role)',
      change: (input) => ({ ...input, role: 'admin' }),
      path: 'role',
      code: 'unknownField',
    },
  ];

  it.each(cases)('rejects $name with invalid-argument and writes nothing', async ({ change, path, code }) => {
    // A stored profile first: a rejected save must leave it untouched, not only avoid creating one.
    await call(saveProfile, validProfileInput(), member);
    const before = await userDoc().get();

    const error = await rejection(call(saveProfile, change(validProfileInput()), member));

    expect(error.code).toBe('invalid-argument');
    expect(error.details?.reason).toBe('invalid-input');
    expect(error.details?.issues).toEqual([expect.objectContaining({ path, code })]);
    const after = await userDoc().get();
    expect(after.updateTime).toEqual(before.updateTime);
    expect(after.data()).toEqual(before.data());
  });

  it('rejects a first save with invalid input without creating the document', async () => {
    const error = await rejection(call(saveProfile, { ...validProfileInput(), phone: 'abc' }, member));

    expect(error.code).toBe('invalid-argument');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual(['phone']);
    expect((await userDoc().get()).exists).toBe(false);
  });

  it('rejects an account without an email, since the profile email is the sign-in address', async () => {
    const anonymous = signedIn('anonymous-1', {
      firebase: { identities: {}, sign_in_provider: 'anonymous' },
    });

    const error = await rejection(call(saveProfile, validProfileInput(), anonymous));

    expect(error.code).toBe('failed-precondition');
    expect((await testDb.collection('users').get()).size).toBe(0);
  });

  it('rejects an unauthenticated call and writes nothing', async () => {
    const error = await rejection(call(saveProfile, validProfileInput()));

    expect(error.code).toBe('unauthenticated');
    expect((await testDb.collection('users').get()).size).toBe(0);
  });
});
