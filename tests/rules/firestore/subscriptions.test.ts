// subscriptions/{id}: the subscriber, admins and assistants read; moderators see no money pages; no
// client writes, not even the subscriber's (the Stripe webhook writes them, manageSubscription asks
// Stripe to stop or resume renewal).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, orderBy, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

function subscription(uid: string, orderId: string) {
  return {
    uid,
    productId: 'monthly10',
    productName: '10 crédits par mois',
    orderId,
    interval: 'month',
    creditsPerPeriod: 10,
    amountCents: 8000,
    status: 'active',
    cancelAtPeriodEnd: false,
    currentPeriodEnd: new Date('2026-12-01T10:00:00Z'),
    stateEventCreated: 1_793_527_200,
    demo: true,
    updatedAt: new Date('2026-11-01T10:00:00Z'),
  };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'subscriptions/sub_alice'), subscription('alice', 'o1'));
  await setDoc(doc(db, 'subscriptions/sub_bob'), subscription('bob', 'o2'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'subscriptions/sub_alice')),
  // As the member's page lists them (watchMySubscriptions).
  list: (db) =>
    readMatching(
      query(collection(db, 'subscriptions'), where('uid', '==', 'alice'), orderBy('updatedAt', 'desc')),
      1,
    ),
  listAll: (db) => readMatching(collection(db, 'subscriptions'), 2),
  create: (db) => setDoc(doc(db, 'subscriptions/sub_new'), subscription('alice', 'o3')),
  update: (db) => updateDoc(doc(db, 'subscriptions/sub_alice'), { cancelAtPeriodEnd: true }),
  updateCredits: (db) => updateDoc(doc(db, 'subscriptions/sub_alice'), { creditsPerPeriod: 1000 }),
  delete: (db) => deleteDoc(doc(db, 'subscriptions/sub_alice')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:           { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  list:          { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listAll:       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateCredits: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('subscriptions/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
