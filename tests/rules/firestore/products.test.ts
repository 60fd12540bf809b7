// products/{id}: anyone reads the catalogue, even signed out; only an admin writes it, and only
// products within productFieldsSchema's keys and bounds (isValidProduct).
import { describe, expect, it } from 'vitest';
import {
  collection,
  deleteDoc,
  deleteField,
  doc,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import type { Firestore } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const pack10 = {
  kind: 'credit-pack',
  name: '10 crédits',
  credits: 10,
  priceCents: 9000,
  vatRate: 20,
  active: true,
};

const monthly = {
  kind: 'subscription',
  name: '10 crédits par mois',
  description: 'Renouvelé chaque mois, résiliable à tout moment.',
  credits: 10,
  priceCents: 8000,
  vatRate: 20,
  interval: 'month',
  active: true,
  sortOrder: 2,
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'products/pack10'), pack10);
  await setDoc(doc(db, 'products/old'), { ...pack10, name: 'Ancien pack', active: false });
  await setDoc(doc(db, 'products/monthly'), monthly);
});

/** Writes a new product, products/new, from the valid pack with `changes` applied. */
function createPack(db: Firestore, changes: Record<string, unknown>) {
  return setDoc(doc(db, 'products/new'), { ...pack10, ...changes });
}

const ops = {
  get: (db) => readExisting(doc(db, 'products/pack10')),
  list: (db) => readMatching(query(collection(db, 'products'), where('active', '==', true)), 2),
  listAll: (db) => readMatching(collection(db, 'products'), 3),
  create: (db) => createPack(db, { name: '20 crédits', credits: 20, priceCents: 17000 }),
  // As the admin screen writes it (createProduct): every field, server timestamps.
  createWithAllFields: (db) =>
    createPack(db, {
      description: 'Valable un an.',
      sortOrder: 1,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    }),
  createAtLowerBounds: (db) =>
    createPack(db, { name: '1', credits: 1, priceCents: 50, vatRate: 0, sortOrder: 0 }),
  createAtUpperBounds: (db) =>
    createPack(db, {
      name: 'x'.repeat(120),
      credits: 10000,
      priceCents: 1000000,
      vatRate: 5.5,
      sortOrder: 10000,
    }),
  createSubscription: (db) => setDoc(doc(db, 'products/yearly'), { ...monthly, interval: 'year' }),
  createUnknownKey: (db) => createPack(db, { featured: true }),
  createZeroCredits: (db) => createPack(db, { credits: 0 }),
  createFractionalCredits: (db) => createPack(db, { credits: 2.5 }),
  createPriceBelowMinimum: (db) => createPack(db, { priceCents: 49 }),
  createUnknownVatRate: (db) => createPack(db, { vatRate: 19.6 }),
  createPackWithInterval: (db) => createPack(db, { interval: 'month' }),
  createSubscriptionWithoutInterval: (db) =>
    createPack(db, { kind: 'subscription', name: 'Abonnement sans période' }),
  createSubscriptionWeekly: (db) => setDoc(doc(db, 'products/weekly'), { ...monthly, interval: 'week' }),
  createUnknownKind: (db) => createPack(db, { kind: 'gift-card' }),
  createNameTooLong: (db) => createPack(db, { name: 'x'.repeat(121) }),
  createWithoutName: (db) => createPack(db, { name: '' }),
  createBlankName: (db) => createPack(db, { name: ' \t\n ' }),
  createNameWithSpacesAround: (db) => createPack(db, { name: ' 1 ' }),
  createNegativeSortOrder: (db) => createPack(db, { sortOrder: -1 }),
  createSortOrderTooHigh: (db) => createPack(db, { sortOrder: 10001 }),
  createActiveAsText: (db) => createPack(db, { active: 'yes' }),
  update: (db) => updateDoc(doc(db, 'products/pack10'), { priceCents: 9500 }),
  // As the admin screen writes it (updateProduct): emptied optional fields removed, server timestamp.
  updateRemovingDescription: (db) =>
    updateDoc(doc(db, 'products/monthly'), {
      name: 'Abonnement mensuel',
      description: deleteField(),
      updatedAt: serverTimestamp(),
    }),
  switchSubscriptionToPack: (db) =>
    updateDoc(doc(db, 'products/monthly'), { kind: 'credit-pack', interval: deleteField() }),
  updatePriceBelowMinimum: (db) => updateDoc(doc(db, 'products/pack10'), { priceCents: 49 }),
  updateBlankName: (db) => updateDoc(doc(db, 'products/monthly'), { name: '   ' }),
  updateSortOrderToMaximum: (db) => updateDoc(doc(db, 'products/monthly'), { sortOrder: 10000 }),
  updateSortOrderTooHigh: (db) => updateDoc(doc(db, 'products/monthly'), { sortOrder: 10001 }),
  updateUnknownKey: (db) => updateDoc(doc(db, 'products/pack10'), { stripePriceId: 'price_123' }),
  removeInterval: (db) => updateDoc(doc(db, 'products/monthly'), { interval: deleteField() }),
  delete: (db) => deleteDoc(doc(db, 'products/old')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:                               { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  list:                              { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  listAll:                           { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  create:                            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  createWithAllFields:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  createAtLowerBounds:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  createAtUpperBounds:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  createSubscription:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  createUnknownKey:                  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createZeroCredits:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createFractionalCredits:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createPriceBelowMinimum:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createUnknownVatRate:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createPackWithInterval:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createSubscriptionWithoutInterval: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createSubscriptionWeekly:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createUnknownKind:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createNameTooLong:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithoutName:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createBlankName:                   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createNameWithSpacesAround:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  createNegativeSortOrder:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createSortOrderTooHigh:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createActiveAsText:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:                            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  updateRemovingDescription:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  switchSubscriptionToPack:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  updatePriceBelowMinimum:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateBlankName:                   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateSortOrderToMaximum:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  updateSortOrderTooHigh:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateUnknownKey:                  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeInterval:                    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:                            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
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
