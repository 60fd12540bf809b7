// sms/{id}: staff (admin, assistant, moderator) read the outbox to answer members (NTF-3);
// members and visitors do not; no client writes (functions enqueue, a trigger delivers).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

// Enough of a queued SMS for the rules to see (they read only the caller's role).
function sms(to: string, state: string) {
  return { to, template: 'notification', locale: 'fr', data: { text: 'Rappel' }, delivery: { state } };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'sms/s1'), sms('+33612345678', 'sent'));
  await setDoc(doc(db, 'sms/s2'), sms('+33698765432', 'error'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'sms/s1')),
  list: (db) => readMatching(query(collection(db, 'sms'), where('delivery.state', '==', 'error')), 1),
  listAll: (db) => readMatching(collection(db, 'sms'), 2),
  create: (db) => setDoc(doc(db, 'sms/s3'), sms('+33600000000', 'pending')),
  update: (db) => updateDoc(doc(db, 'sms/s2'), { to: '+33600000000' }),
  delete: (db) => deleteDoc(doc(db, 'sms/s1')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:     { anonymous: false, member: false, other: false, moderator: true , assistant: true,  admin: true  },
  list:    { anonymous: false, member: false, other: false, moderator: true , assistant: true,  admin: true  },
  listAll: { anonymous: false, member: false, other: false, moderator: true , assistant: true,  admin: true  },
  create:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('sms/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
