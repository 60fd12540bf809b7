// products/{id}: anyone reads the catalogue, even signed out; only an admin writes it.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const pack10 = {
  kind: 'credit-pack',
  name: '10 crédits',
  credits: 10,
  priceCents: 9000,
  vatRate: 2000,
  active: true,
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'products/pack10'), pack10);
  await setDoc(doc(db, 'products/old'), { ...pack10, name: 'Ancien pack', active: false });
});

const ops = {
  get: (db) => readExisting(doc(db, 'products/pack10')),
  list: (db) => readMatching(query(collection(db, 'products'), where('active', '==', true)), 1),
  listAll: (db) => readMatching(collection(db, 'products'), 2),
  create: (db) => setDoc(doc(db, 'products/pack20'), { ...pack10, name: '20 crédits', credits: 20 }),
  update: (db) => updateDoc(doc(db, 'products/pack10'), { priceCents: 1 }),
  delete: (db) => deleteDoc(doc(db, 'products/old')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:     { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true },
  list:    { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true },
  listAll: { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true },
  create:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true },
  update:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true },
  delete:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true },
};

describe('products/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
