// stripeEvents/{id}: the webhook's idempotency keys; no client access at all, admins included.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'stripeEvents/evt_1'), {
    type: 'checkout.session.completed',
    processedAt: new Date(),
  });
});

const ops = {
  get: (db) => readExisting(doc(db, 'stripeEvents/evt_1')),
  list: (db) => readMatching(collection(db, 'stripeEvents'), 1),
  create: (db) => setDoc(doc(db, 'stripeEvents/evt_2'), { type: 'invoice.paid' }),
  update: (db) => updateDoc(doc(db, 'stripeEvents/evt_1'), { processedAt: null }),
  delete: (db) => deleteDoc(doc(db, 'stripeEvents/evt_1')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  list:   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  create: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('stripeEvents/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
