// Paths outside the contract table: denied to everyone, admins included (deny by default), including
// places a client might try to park a role or a balance.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'notes/n1'), { text: 'hello' });
  await setDoc(doc(db, 'users/alice/private/contact'), { phone: '+33612345678' });
  // Public parents, so a denial below cannot come from the parent path.
  await setDoc(doc(db, 'products/pack10'), { name: '10 crédits', active: true });
});

const ops = {
  get: (db) => readExisting(doc(db, 'notes/n1')),
  list: (db) => readMatching(collection(db, 'notes'), 1),
  create: (db) => setDoc(doc(db, 'notes/n2'), { text: 'new' }),
  update: (db) => updateDoc(doc(db, 'notes/n1'), { text: 'changed' }),
  delete: (db) => deleteDoc(doc(db, 'notes/n1')),
  createRoleDoc: (db) => setDoc(doc(db, 'roles/alice'), { role: 'admin' }),
  getUnderOwnProfile: (db) => readExisting(doc(db, 'users/alice/private/contact')),
  createUnderOwnProfile: (db) => setDoc(doc(db, 'users/alice/claims/role'), { role: 'admin' }),
  createUnderPublicDoc: (db) => setDoc(doc(db, 'products/pack10/prices/p1'), { priceCents: 1 }),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:                   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  list:                  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  create:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createRoleDoc:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  getUnderOwnProfile:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createUnderOwnProfile: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createUnderPublicDoc:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('paths outside the contract', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  it('the parent of the nested paths is itself readable, so only the nesting is denied', async () => {
    await expectAccess(true, readExisting(doc(rules.as('anonymous'), 'products/pack10')));
  });
});
