// exports/{id}: export jobs and their download links (bookings, invoices, balances: money and
// personal data): admins and assistants read them to follow progress; nobody writes from a browser
// (startExport, buildExport do), so no one can point a job at another file.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const job = {
  dataset: 'bookings',
  format: 'xlsx',
  status: 'done',
  rowsDone: 12,
  requestedBy: 'assistant',
  url: 'http://127.0.0.1:9199/v0/b/x/o/exports%2Fe1%2Fbookings.xlsx?alt=media&token=t',
  createdAt: new Date('2026-11-20T10:00:00Z'),
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'exports/e1'), job);
});

const ops = {
  get: (db) => readExisting(doc(db, 'exports/e1')),
  listMine: (db) =>
    readMatching(query(collection(db, 'exports'), where('requestedBy', '==', 'assistant')), 1),
  create: (db) => setDoc(doc(db, 'exports/e2'), { ...job, status: 'queued' }),
  repoint: (db) => updateDoc(doc(db, 'exports/e1'), { url: 'https://evil.example/file.xlsx' }),
  delete: (db) => deleteDoc(doc(db, 'exports/e1')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:      { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listMine: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  repoint:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('exports/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
