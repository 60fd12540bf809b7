// stripeCustomers/{uid}: the Stripe customer of each member, written by createCheckout when a member
// first pays; no client access at all, not even the member's own document, admins included.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const createdAt = new Date('2026-11-01T10:00:00Z');

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'stripeCustomers/alice'), { customerId: 'cus_alice', createdAt });
  await setDoc(doc(db, 'stripeCustomers/bob'), { customerId: 'cus_bob', createdAt });
});

const ops = {
  get: (db) => readExisting(doc(db, 'stripeCustomers/alice')),
  list: (db) => readMatching(collection(db, 'stripeCustomers'), 2),
  create: (db) => setDoc(doc(db, 'stripeCustomers/carol'), { customerId: 'cus_carol', createdAt }),
  update: (db) => updateDoc(doc(db, 'stripeCustomers/alice'), { customerId: 'cus_bob' }),
  delete: (db) => deleteDoc(doc(db, 'stripeCustomers/alice')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  list:   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  create: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('stripeCustomers/{uid}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
