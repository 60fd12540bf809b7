// companies/{id} (ACC-4): admins and assistants read and write company accounts, and only within
// companyFieldsSchema's keys and bounds (isValidCompany), a new company under its author's uid
// (createdBy), which no update changes; members and moderators have no access.
// Credits still move through adjustCredits only: a company holds no balance.
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
import { UID, type Actor } from '../roles.ts';

const acme = {
  name: 'Acme Formation',
  siren: '123456789',
  vatNumber: 'FR32123456789',
  billingEmail: 'compta@acme.example',
  memberUids: ['alice', 'bob'],
  createdAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-01T10:00:00Z'),
  createdBy: 'ada',
};

/** n distinct uids. */
function uids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `member${i + 1}`);
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'companies/acme'), acme);
  await setDoc(doc(db, 'companies/solo'), { ...acme, name: 'Solo SARL', siren: '987654321', memberUids: [] });
});

/** The uid behind each Firestore handed out by `actingAs`: a new company's createdBy must be its author's. */
const authors = new WeakMap<Firestore, string>();

/** Firestore as seen by `actor` (rules.as), remembering who signs in with it. */
function actingAs(actor: Actor): Firestore {
  const db = rules.as(actor);
  if (actor !== 'anonymous') authors.set(db, UID[actor]);
  return db;
}

/** The uid `db` signs in with; with the rules off (controls), that of the seed's author. */
function author(db: Firestore): string {
  return authors.get(db) ?? acme.createdBy;
}

/** Writes a new company, companies/new, from the valid one by `db`'s user with `changes` applied. */
function createCompany(db: Firestore, changes: Record<string, unknown>) {
  return setDoc(doc(db, 'companies/new'), {
    ...acme,
    name: 'Nouvelle SAS',
    createdBy: author(db),
    ...changes,
  });
}

const ops = {
  get: (db) => readExisting(doc(db, 'companies/acme')),
  listByMember: (db) =>
    readMatching(query(collection(db, 'companies'), where('memberUids', 'array-contains', 'alice')), 1),
  listAll: (db) => readMatching(collection(db, 'companies'), 2),
  // As the staff screen writes it (createCompany): server timestamps, the author's uid.
  create: (db) => createCompany(db, { createdAt: serverTimestamp(), updatedAt: serverTimestamp() }),
  createRequiredFieldsOnly: (db) =>
    setDoc(doc(db, 'companies/new'), { name: 'Nouvelle SAS', memberUids: [], createdBy: author(db) }),
  createWithoutAuthor: (db) => setDoc(doc(db, 'companies/new'), { name: 'Nouvelle SAS', memberUids: [] }),
  createForAnotherAuthor: (db) => createCompany(db, { createdBy: UID.other }),
  createWith100Members: (db) => createCompany(db, { memberUids: uids(100) }),
  createWith101Members: (db) => createCompany(db, { memberUids: uids(101) }),
  createWith100MembersOneTwice: (db) => createCompany(db, { memberUids: [...uids(99), 'member1'] }),
  createShortSiren: (db) => createCompany(db, { siren: '12345678' }),
  createLongSiren: (db) => createCompany(db, { siren: '1234567890' }),
  createSirenWithSpaces: (db) => createCompany(db, { siren: '123 456 789' }),
  createSirenWithLetters: (db) => createCompany(db, { siren: '12345678A' }),
  createUnknownKey: (db) => createCompany(db, { balance: 100 }),
  createNameTooLong: (db) => createCompany(db, { name: 'x'.repeat(201) }),
  createEmptyName: (db) => createCompany(db, { name: '' }),
  createBlankName: (db) => createCompany(db, { name: ' \t\n ' }),
  createNameWithSpacesAround: (db) => createCompany(db, { name: ' A ' }),
  createVatNumberTooLong: (db) => createCompany(db, { vatNumber: 'FR'.padEnd(21, '0') }),
  createMembersAsText: (db) => createCompany(db, { memberUids: 'alice' }),
  update: (db) => updateDoc(doc(db, 'companies/acme'), { memberUids: ['alice', 'bob', 'carol'] }),
  // As the staff screen writes it (updateCompany): emptied optional fields removed.
  updateRemovingSiren: (db) =>
    updateDoc(doc(db, 'companies/acme'), { siren: deleteField(), updatedAt: serverTimestamp() }),
  updateBadSiren: (db) => updateDoc(doc(db, 'companies/acme'), { siren: '12345' }),
  updateTo101Members: (db) => updateDoc(doc(db, 'companies/solo'), { memberUids: uids(101) }),
  updateAddingMemberTwice: (db) =>
    updateDoc(doc(db, 'companies/acme'), { memberUids: ['alice', 'bob', 'alice'] }),
  updateBlankName: (db) => updateDoc(doc(db, 'companies/acme'), { name: '   ' }),
  updateName: (db) => updateDoc(doc(db, 'companies/acme'), { name: 'Acme Formation SAS' }),
  updateRewritingSameAuthor: (db) => updateDoc(doc(db, 'companies/acme'), { createdBy: acme.createdBy }),
  updateChangingAuthor: (db) => updateDoc(doc(db, 'companies/acme'), { createdBy: UID.assistant }),
  updateRemovingAuthor: (db) => updateDoc(doc(db, 'companies/acme'), { createdBy: deleteField() }),
  updateUnknownKey: (db) => updateDoc(doc(db, 'companies/acme'), { credits: 500 }),
  delete: (db) => deleteDoc(doc(db, 'companies/solo')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:                          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listByMember:                 { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAll:                      { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:                       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createRequiredFieldsOnly:     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createWithoutAuthor:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createForAnotherAuthor:       { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWith100Members:         { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createWith101Members:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWith100MembersOneTwice: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createShortSiren:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createLongSiren:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createSirenWithSpaces:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createSirenWithLetters:       { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createUnknownKey:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createNameTooLong:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createEmptyName:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createBlankName:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createNameWithSpacesAround:   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createVatNumberTooLong:       { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createMembersAsText:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:                       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateRemovingSiren:          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateBadSiren:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateTo101Members:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateAddingMemberTwice:      { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateBlankName:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateName:                   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateRewritingSameAuthor:    { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateChangingAuthor:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateRemovingAuthor:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateUnknownKey:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:                       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
};

describe('companies/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](actingAs(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
