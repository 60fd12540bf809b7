// auditLog/{id}: admins read who did what to whom; nobody writes from a client, not even an admin,
// so the log cannot be forged or erased (functions append to it).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

function entry(actor: string, action: string, target: string) {
  return { actor, action, target, at: new Date('2026-11-01T10:00:00Z') };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'auditLog/a1'), {
    ...entry('ada', 'role.set', 'users/sam'),
    after: { role: 'assistant' },
  });
  await setDoc(doc(db, 'auditLog/a2'), {
    ...entry('sam', 'credits.adjust', 'wallets/alice'),
    reason: 'geste',
  });
});

const ops = {
  get: (db) => readExisting(doc(db, 'auditLog/a1')),
  list: (db) => readMatching(query(collection(db, 'auditLog'), where('target', '==', 'wallets/alice')), 1),
  listAll: (db) => readMatching(collection(db, 'auditLog'), 2),
  create: (db) => setDoc(doc(db, 'auditLog/a3'), entry('ada', 'settings.update', 'settings/organization')),
  update: (db) => updateDoc(doc(db, 'auditLog/a2'), { reason: 'rewritten' }),
  delete: (db) => deleteDoc(doc(db, 'auditLog/a1')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:     { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  list:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  listAll: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  create:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('auditLog/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
