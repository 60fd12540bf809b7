// invoices/{id}: the member, admins and assistants read; no client writes (numbered and issued by
// functions, never edited: a mistake is corrected by a credit note).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

function invoice(uid: string, number: string) {
  return {
    number,
    kind: 'invoice',
    uid,
    lines: [{ label: '10 crédits', quantity: 1, unitCents: 7500 }],
    totals: { netCents: 7500, vatCents: 1500, grossCents: 9000 },
    issuedAt: new Date('2026-11-01T10:00:00Z'),
    pdfSha256: '0'.repeat(64),
  };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'invoices/i1'), invoice('alice', 'F2026-0001'));
  await setDoc(doc(db, 'invoices/i2'), invoice('bob', 'F2026-0002'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'invoices/i1')),
  list: (db) => readMatching(query(collection(db, 'invoices'), where('uid', '==', 'alice')), 1),
  listAll: (db) => readMatching(collection(db, 'invoices'), 2),
  create: (db) => setDoc(doc(db, 'invoices/i3'), invoice('alice', 'F2026-0003')),
  update: (db) => updateDoc(doc(db, 'invoices/i1'), { 'totals.grossCents': 0 }),
  delete: (db) => deleteDoc(doc(db, 'invoices/i1')),
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

describe('invoices/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
