// wallets/{uid}: the member, admins and assistants read the balance; no client writes, not even
// staff (adjustCredits, bookSession and the Stripe webhook move balances in transactions).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, documentId, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';
import { modularFirestore } from '../roles.ts';

const updatedAt = new Date('2026-11-01T10:00:00Z');

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'wallets/alice'), { balance: 10, updatedAt });
  await setDoc(doc(db, 'wallets/bob'), { balance: 3, updatedAt });
});

const ops = {
  get: (db) => readExisting(doc(db, 'wallets/alice')),
  list: (db) => readMatching(query(collection(db, 'wallets'), where(documentId(), '==', 'alice')), 1),
  listAll: (db) => readMatching(collection(db, 'wallets'), 2),
  create: (db) => setDoc(doc(db, 'wallets/carol'), { balance: 100, updatedAt }),
  update: (db) => updateDoc(doc(db, 'wallets/alice'), { balance: 1000 }),
  delete: (db) => deleteDoc(doc(db, 'wallets/alice')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:     { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  list:    { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listAll: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('wallets/{uid}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  describe('a member without a wallet yet (carol)', () => {
    const carol = () => modularFirestore(rules.env.authenticatedContext('carol', { email_verified: true }));

    it('cannot create her own wallet with a balance (her first credit does)', async () => {
      await expectAccess(false, setDoc(doc(carol(), 'wallets/carol'), { balance: 100, updatedAt }));
    });

    it('reads her own wallet once a function has created it', async () => {
      await rules.withoutRules((db) => setDoc(doc(db, 'wallets/carol'), { balance: 100, updatedAt }));
      await expectAccess(true, readExisting(doc(carol(), 'wallets/carol')));
    });
  });
});
