// adjustCredits against the Firestore emulator (CR-7): all members or none, once per requestId,
// audited per member, and refused to anyone but admins and assistants.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { adjustCredits } from '../../../functions/src/index.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { balanceOf, createMember, ledger, ledgerSnapshots, seedBalance, walletDoc } from './support.ts';

const ADMIN = 'admin-1';
const MEMBERS = ['member-1', 'member-2', 'member-3'];
const staff = (role: string, uid = ADMIN) =>
  signedIn(uid, { email: `${uid}@example.fr`, email_verified: true, role });
const admin = staff('admin');

const auditEntries = async () => (await testDb.collection('auditLog').get()).docs.map((doc) => doc.data());
const request = (overrides: Record<string, unknown> = {}) => ({
  uids: MEMBERS,
  delta: 3,
  reason: 'Geste commercial',
  requestId: 'req-0001-abcd',
  ...overrides,
});

/** Everything credits-related that exists, to compare before and after a refused call. */
async function creditsState(): Promise<unknown> {
  const wallets = await testDb.collection('wallets').get();
  const entries = await Promise.all(
    MEMBERS.map(async (uid) => (await ledger(uid).get()).docs.map((d) => d.data())),
  );
  return {
    wallets: wallets.docs.map((doc) => [doc.id, doc.data(), doc.updateTime]),
    entries,
    audit: await auditEntries(),
  };
}

beforeEach(async () => {
  await resetEmulators();
  await Promise.all(MEMBERS.map(createMember));
});
afterAll(closeEmulators);

describe('adjustCredits: applied adjustments', () => {
  it('credits three members, creating their wallets, one entry and one audit entry each', async () => {
    await seedBalance('member-2', 4);

    await expect(call(adjustCredits, request(), admin)).resolves.toEqual({
      balances: { 'member-1': 3, 'member-2': 7, 'member-3': 3 },
    });

    for (const [uid, before, after] of [
      ['member-1', 0, 3],
      ['member-2', 4, 7],
      ['member-3', 0, 3],
    ] as const) {
      expect((await walletDoc(uid).get()).data()).toEqual({
        balance: after,
        updatedAt: expect.any(Timestamp),
      });
      const entry = await ledger(uid).doc(`adjustment_req-0001-abcd_${uid}`).get();
      expect(entry.data()).toEqual({
        delta: 3,
        balanceAfter: after,
        kind: 'adjustment',
        ref: 'adjustment/req-0001-abcd',
        reason: 'Geste commercial',
        actor: ADMIN,
        createdAt: expect.any(Timestamp),
      });
      expect((await auditEntries()).filter((audit) => audit.target === uid)).toEqual([
        {
          actor: ADMIN,
          action: 'credits.adjust',
          target: uid,
          reason: 'Geste commercial',
          before,
          after,
          at: expect.any(Timestamp),
        },
      ]);
    }
  });

  it('lets an assistant remove credits', async () => {
    await seedBalance('member-1', 5);
    const assistant = staff('assistant', 'assistant-1');

    await expect(
      call(adjustCredits, request({ uids: ['member-1'], delta: -2, reason: ' Séance annulée ' }), assistant),
    ).resolves.toEqual({ balances: { 'member-1': 3 } });

    const entries = [...(await ledgerSnapshots('member-1')).values()].map((doc) => doc.data());
    expect(entries).toContainEqual(
      expect.objectContaining({ delta: -2, balanceAfter: 3, reason: 'Séance annulée', actor: 'assistant-1' }),
    );
  });

  it('applies a replayed requestId once and answers with the same balances', async () => {
    const first = await call(adjustCredits, request(), admin);
    const entriesBefore = await Promise.all(MEMBERS.map(ledgerSnapshots));

    const replays = await Promise.all([
      call(adjustCredits, request(), admin),
      call(adjustCredits, request(), admin),
    ]);

    expect(replays).toEqual([first, first]);
    for (const [index, uid] of MEMBERS.entries()) {
      const entries = await ledgerSnapshots(uid);
      expect([...entries.keys()]).toEqual([`adjustment_req-0001-abcd_${uid}`]);
      expect(entries.get(`adjustment_req-0001-abcd_${uid}`)?.updateTime).toEqual(
        entriesBefore[index]?.get(`adjustment_req-0001-abcd_${uid}`)?.updateTime,
      );
      expect(await balanceOf(uid)).toBe(3);
    }
    expect(await auditEntries()).toHaveLength(3);
  });

  it('applies a new requestId again', async () => {
    await call(adjustCredits, request(), admin);
    await expect(call(adjustCredits, request({ requestId: 'req-0002-abcd' }), admin)).resolves.toEqual({
      balances: { 'member-1': 6, 'member-2': 6, 'member-3': 6 },
    });
    expect(await auditEntries()).toHaveLength(6);
  });
});

describe('adjustCredits: refused adjustments', () => {
  it('refuses a debit larger than one balance and changes nobody', async () => {
    await Promise.all([seedBalance('member-1', 5), seedBalance('member-2', 1), seedBalance('member-3', 5)]);
    const before = await creditsState();

    const error = await rejection(call(adjustCredits, request({ delta: -2 }), admin));

    expect(error.code).toBe('failed-precondition');
    expect(error.details).toEqual({ reason: 'insufficient-credits', uids: ['member-2'] });
    expect(error.message).toContain('member-2');
    expect(await creditsState()).toEqual(before);
  });

  it('lists every member whose balance is too low', async () => {
    await seedBalance('member-1', 5);

    const error = await rejection(call(adjustCredits, request({ delta: -2 }), admin));

    expect(error.details).toEqual({ reason: 'insufficient-credits', uids: ['member-2', 'member-3'] });
    expect(await balanceOf('member-1')).toBe(5);
    expect(await auditEntries()).toEqual([]);
  });

  it('answers not-found for an account without a user document and changes nobody', async () => {
    const error = await rejection(call(adjustCredits, request({ uids: ['member-1', 'ghost'] }), admin));

    expect(error.code).toBe('not-found');
    expect(error.message).toContain('ghost');
    expect((await testDb.collection('wallets').get()).size).toBe(0);
    expect(await auditEntries()).toEqual([]);
  });

  it.each([
    { name: 'a member', token: signedIn('member-1', { email: 'm@example.fr', email_verified: true }) },
    { name: 'a moderator', token: staff('moderator', 'moderator-1') },
  ])('refuses $name with permission-denied and writes nothing', async ({ token }) => {
    const error = await rejection(call(adjustCredits, request(), token));

    expect(error.code).toBe('permission-denied');
    expect(error.details?.reason).toBe('forbidden');
    expect((await testDb.collection('wallets').get()).size).toBe(0);
    expect(await auditEntries()).toEqual([]);
  });

  it('refuses an admin whose email is not verified', async () => {
    const unverified = signedIn(ADMIN, { email: 'a@example.fr', email_verified: false, role: 'admin' });

    const error = await rejection(call(adjustCredits, request(), unverified));

    expect(error.code).toBe('failed-precondition');
    expect(error.details?.reason).toBe('email-not-verified');
    expect((await testDb.collection('wallets').get()).size).toBe(0);
  });

  it('refuses a missing reason with invalid-argument and the field issue', async () => {
    const { uids, delta, requestId } = request();

    const error = await rejection(call(adjustCredits, { uids, delta, requestId }, admin));

    expect(error.code).toBe('invalid-argument');
    expect(error.details?.reason).toBe('invalid-input');
    expect(error.details?.issues).toEqual([
      expect.objectContaining({ path: 'reason', code: 'reasonRequired' }),
    ]);
    expect((await testDb.collection('wallets').get()).size).toBe(0);
    expect(await auditEntries()).toEqual([]);
  });

  it('refuses a zero delta and a missing requestId', async () => {
    const { uids, reason } = request();

    const error = await rejection(call(adjustCredits, { uids, reason, delta: 0 }, admin));

    expect(error.code).toBe('invalid-argument');
    expect(error.details?.issues?.map((issue) => [issue.path, issue.code])).toEqual([
      ['delta', 'deltaInvalid'],
      ['requestId', 'invalid'],
    ]);
  });
});
