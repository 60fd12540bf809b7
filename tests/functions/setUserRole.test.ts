// setUserRole against the Auth and Firestore emulators: claims merged, mirror and audit trail
// written together, and every refused call leaving claims and documents as they were.
import { closeEmulators, resetEmulators, testAuth, testDb } from './support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { setUserRole } from '../../functions/src/index.ts';
import { call, rejection, signedIn } from './support/callables.ts';

const ADMIN = 'admin-1';
const TARGET = 'member-2';
const adminToken = signedIn(ADMIN, { email: 'admin@example.fr', email_verified: true, role: 'admin' });

async function createAccount(uid: string, claims: Record<string, unknown> | null = null): Promise<void> {
  await testAuth.createUser({ uid, email: `${uid}@example.fr`, emailVerified: true });
  if (claims) await testAuth.setCustomUserClaims(uid, claims);
}

const claimsOf = async (uid: string) => (await testAuth.getUser(uid)).customClaims ?? {};
const userDoc = (uid: string) => testDb.collection('users').doc(uid);
const auditEntries = async () => (await testDb.collection('auditLog').get()).docs.map((doc) => doc.data());

async function expectNothingWritten(): Promise<void> {
  expect((await testDb.collection('users').get()).size).toBe(0);
  expect(await auditEntries()).toEqual([]);
}

beforeEach(async () => {
  await resetEmulators();
  await createAccount(ADMIN, { role: 'admin' });
});
afterAll(closeEmulators);

describe('setUserRole: granting and removing', () => {
  it('lets an admin grant a role, merging claims, mirroring it and auditing the change', async () => {
    await createAccount(TARGET, { plan: 'pro' });

    await expect(call(setUserRole, { uid: TARGET, role: 'assistant' }, adminToken)).resolves.toEqual({
      role: 'assistant',
    });

    expect(await claimsOf(TARGET)).toEqual({ plan: 'pro', role: 'assistant' });
    const mirror = (await userDoc(TARGET).get()).data();
    expect(mirror?.role).toBe('assistant');
    expect(mirror?.claimsUpdatedAt).toBeInstanceOf(Timestamp);
    const entries = await auditEntries();
    expect(entries).toEqual([
      {
        actor: ADMIN,
        action: 'role.set',
        target: TARGET,
        before: null,
        after: 'assistant',
        at: expect.any(Timestamp),
      },
    ]);
  });

  it('removes the role when role is null and keeps the other claims', async () => {
    await createAccount(TARGET, { plan: 'pro', role: 'moderator' });
    await userDoc(TARGET).set({ role: 'moderator', firstName: 'Lou' });

    await expect(call(setUserRole, { uid: TARGET, role: null }, adminToken)).resolves.toEqual({ role: null });

    expect(await claimsOf(TARGET)).toEqual({ plan: 'pro' });
    const mirror = (await userDoc(TARGET).get()).data();
    expect(mirror).toMatchObject({ role: null, firstName: 'Lou' });
    expect(mirror?.claimsUpdatedAt).toBeInstanceOf(Timestamp);
    expect(await auditEntries()).toEqual([
      expect.objectContaining({ actor: ADMIN, target: TARGET, before: 'moderator', after: null }),
    ]);
  });

  it('writes nothing more when the same call is replayed', async () => {
    await createAccount(TARGET);
    await call(setUserRole, { uid: TARGET, role: 'moderator' }, adminToken);
    const first = await userDoc(TARGET).get();

    await expect(call(setUserRole, { uid: TARGET, role: 'moderator' }, adminToken)).resolves.toEqual({
      role: 'moderator',
    });

    expect((await userDoc(TARGET).get()).updateTime).toEqual(first.updateTime);
    expect(await auditEntries()).toHaveLength(1);
  });

  it('completes a change whose claim was set but whose record failed, auditing the recorded role', async () => {
    // State left by a failure between the two steps: claim already new, mirror still old.
    await createAccount(TARGET, { role: 'assistant' });
    await userDoc(TARGET).set({ role: 'moderator' });

    await call(setUserRole, { uid: TARGET, role: 'assistant' }, adminToken);

    expect(await claimsOf(TARGET)).toEqual({ role: 'assistant' });
    expect((await userDoc(TARGET).get()).data()?.role).toBe('assistant');
    expect(await auditEntries()).toEqual([
      expect.objectContaining({ before: 'moderator', after: 'assistant' }),
    ]);
  });
});

describe('setUserRole: refused calls', () => {
  it.each([
    { name: 'a member', role: undefined },
    { name: 'an assistant', role: 'assistant' },
    { name: 'a moderator', role: 'moderator' },
  ])('refuses $name with permission-denied and writes nothing', async ({ role }) => {
    await createAccount('caller-1', role ? { role } : null);
    await createAccount(TARGET, { plan: 'pro' });
    const caller = signedIn('caller-1', { email: 'caller-1@example.fr', email_verified: true, role });

    const error = await rejection(call(setUserRole, { uid: TARGET, role: 'assistant' }, caller));

    expect(error.code).toBe('permission-denied');
    expect(error.details?.reason).toBe('forbidden');
    expect(await claimsOf(TARGET)).toEqual({ plan: 'pro' });
    await expectNothingWritten();
  });

  it('refuses an admin whose role was removed after their token was issued', async () => {
    await createAccount('former-admin');
    await createAccount(TARGET);
    const staleToken = signedIn('former-admin', {
      email: 'x@example.fr',
      email_verified: true,
      role: 'admin',
    });

    const error = await rejection(call(setUserRole, { uid: 'former-admin', role: 'admin' }, staleToken));

    expect(error.code).toBe('permission-denied');
    expect(await claimsOf('former-admin')).toEqual({});
    await expectNothingWritten();
  });

  it('refuses an admin whose email is not verified', async () => {
    await createAccount(TARGET);
    const unverified = signedIn(ADMIN, { email: 'admin@example.fr', email_verified: false, role: 'admin' });

    const error = await rejection(call(setUserRole, { uid: TARGET, role: 'assistant' }, unverified));

    expect(error.code).toBe('failed-precondition');
    expect(error.details?.reason).toBe('email-not-verified');
    expect(await claimsOf(TARGET)).toEqual({});
    await expectNothingWritten();
  });

  it('refuses an admin removing their own admin role', async () => {
    const error = await rejection(call(setUserRole, { uid: ADMIN, role: 'assistant' }, adminToken));

    expect(error.code).toBe('failed-precondition');
    expect(error.details?.reason).toBe('forbidden');
    expect(error.message).toMatch(/administrateur/);
    expect(await claimsOf(ADMIN)).toEqual({ role: 'admin' });
    await expectNothingWritten();
  });

  it('rejects an unknown role with invalid-argument', async () => {
    await createAccount(TARGET);

    const error = await rejection(call(setUserRole, { uid: TARGET, role: 'superuser' }, adminToken));

    expect(error.code).toBe('invalid-argument');
    expect(error.details?.reason).toBe('invalid-input');
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: 'role', code: 'roleInvalid' })]);
    expect(await claimsOf(TARGET)).toEqual({});
    await expectNothingWritten();
  });

  it('answers not-found for an unknown account', async () => {
    const error = await rejection(call(setUserRole, { uid: 'nobody', role: 'assistant' }, adminToken));

    expect(error.code).toBe('not-found');
    await expectNothingWritten();
  });

  it('refuses an unauthenticated call', async () => {
    await createAccount(TARGET);

    const error = await rejection(call(setUserRole, { uid: TARGET, role: 'admin' }));

    expect(error.code).toBe('unauthenticated');
    expect(await claimsOf(TARGET)).toEqual({});
    await expectNothingWritten();
  });
});
