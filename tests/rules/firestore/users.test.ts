// users/{uid}: the member, admins and assistants read; no client writes at all, not even to the
// member's own profile and never a role (saveProfile and setUserRole write with the Admin SDK).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, documentId, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';
import { modularFirestore } from '../roles.ts';

function profile(firstName: string) {
  return {
    firstName,
    lastName: 'Martin',
    email: `${firstName.toLowerCase()}@example.test`,
    phone: '+33612345678',
    address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    birthDate: '1990-05-17',
    status: 'employee',
    smsOptIn: false,
    consent: { policyVersion: '2026-11', accepted: true, acceptedAt: new Date('2026-11-01T10:00:00Z') },
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-01T10:00:00Z'),
  };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'users/alice'), profile('Alice'));
  await setDoc(doc(db, 'users/bob'), profile('Bob'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'users/alice')),
  list: (db) => readMatching(query(collection(db, 'users'), where(documentId(), '==', 'alice')), 1),
  listAll: (db) => readMatching(collection(db, 'users'), 2),
  create: (db) => setDoc(doc(db, 'users/carol'), profile('Carol')),
  createWithRole: (db) => setDoc(doc(db, 'users/carol'), { ...profile('Carol'), role: 'admin' }),
  update: (db) => updateDoc(doc(db, 'users/alice'), { phone: '+33698765432' }),
  updateRole: (db) => updateDoc(doc(db, 'users/alice'), { role: 'admin' }),
  delete: (db) => deleteDoc(doc(db, 'users/alice')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:            { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  list:           { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listAll:        { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithRole: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateRole:     { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('users/{uid}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  describe('a signed-up member without a profile yet (carol)', () => {
    const carol = () => modularFirestore(rules.env.authenticatedContext('carol', { email_verified: true }));

    it('cannot create her own profile document (saveProfile does)', async () => {
      await expectAccess(false, setDoc(doc(carol(), 'users/carol'), profile('Carol')));
    });

    it('reads her own profile once saveProfile has written it', async () => {
      await rules.withoutRules((db) => setDoc(doc(db, 'users/carol'), profile('Carol')));
      await expectAccess(true, readExisting(doc(carol(), 'users/carol')));
    });
  });
});
