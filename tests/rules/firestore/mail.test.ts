// mail/{id}: staff (admin, assistant, moderator) read the outbox to answer members (NTF-3);
// members and visitors do not; no client writes (functions enqueue, a trigger delivers).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

// Enough of a queued mail for the rules to see (they read only the caller's role).
function mail(to: string, state: string) {
  return { to, template: 'notification', locale: 'fr', data: { title: 'Bonjour' }, delivery: { state } };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'mail/m1'), mail('alice@example.test', 'sent'));
  await setDoc(doc(db, 'mail/m2'), mail('bob@example.test', 'error'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'mail/m1')),
  list: (db) => readMatching(query(collection(db, 'mail'), where('delivery.state', '==', 'error')), 1),
  listOwn: (db) => readMatching(query(collection(db, 'mail'), where('to', '==', 'alice@example.test')), 1),
  listAll: (db) => readMatching(collection(db, 'mail'), 2),
  create: (db) => setDoc(doc(db, 'mail/m3'), mail('someone@example.test', 'pending')),
  update: (db) => updateDoc(doc(db, 'mail/m2'), { 'delivery.state': 'pending' }),
  delete: (db) => deleteDoc(doc(db, 'mail/m1')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:     { anonymous: false, member: false, other: false, moderator: true , assistant: true,  admin: true  },
  list:    { anonymous: false, member: false, other: false, moderator: true , assistant: true,  admin: true  },
  listOwn: { anonymous: false, member: false, other: false, moderator: true , assistant: true,  admin: true  },
  listAll: { anonymous: false, member: false, other: false, moderator: true , assistant: true,  admin: true  },
  create:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('mail/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
