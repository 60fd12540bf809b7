// payments/{id}: what each Stripe payment granted, so refunds and disputes reverse the right credits.
// Admins and assistants read (refunds from the back office); members read their orders, not these;
// no client writes (the Stripe webhook and refundOrder write them).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

function payment(uid: string, orderId: string) {
  return {
    uid,
    orderId,
    amountCents: 9000,
    credits: 10,
    grantEntryId: `order_${orderId}`,
    refundedCents: 0,
    disputedCents: 0,
    reversedCredits: 0,
    unrecoveredCredits: 0,
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-01T10:00:00Z'),
  };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'payments/pi_alice'), payment('alice', 'o1'));
  await setDoc(doc(db, 'payments/pi_bob'), payment('bob', 'o2'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'payments/pi_alice')),
  listOwn: (db) => readMatching(query(collection(db, 'payments'), where('uid', '==', 'alice')), 1),
  listAll: (db) => readMatching(collection(db, 'payments'), 2),
  create: (db) => setDoc(doc(db, 'payments/pi_new'), payment('alice', 'o3')),
  update: (db) => updateDoc(doc(db, 'payments/pi_alice'), { refundedCents: 9000, reversedCredits: 10 }),
  delete: (db) => deleteDoc(doc(db, 'payments/pi_alice')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listOwn: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAll: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('payments/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
