// orders/{id}: the buyer, admins and assistants read; moderators see no money pages; no client writes
// (createCheckout creates orders, the Stripe webhook settles them).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

function order(uid: string) {
  return { uid, productId: 'pack10', quantity: 1, amountCents: 9000, status: 'pending' };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'orders/o1'), order('alice'));
  await setDoc(doc(db, 'orders/o2'), order('bob'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'orders/o1')),
  list: (db) => readMatching(query(collection(db, 'orders'), where('uid', '==', 'alice')), 1),
  listAll: (db) => readMatching(collection(db, 'orders'), 2),
  create: (db) => setDoc(doc(db, 'orders/o3'), order('alice')),
  update: (db) => updateDoc(doc(db, 'orders/o1'), { status: 'paid' }),
  delete: (db) => deleteDoc(doc(db, 'orders/o1')),
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

describe('orders/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
