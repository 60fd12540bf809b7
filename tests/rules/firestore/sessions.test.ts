// sessions/{id}: anyone reads published sessions, even signed out; admins and assistants read all and
// write them, but never `seatsBooked` (bookSession and cancelBooking count seats in transactions).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, deleteField, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const session = {
  title: 'Atelier Excel',
  description: 'Tableaux croisés dynamiques',
  trainer: 'Claire Dubois',
  startsAt: new Date('2026-12-01T09:00:00Z'),
  endsAt: new Date('2026-12-01T12:00:00Z'),
  capacity: 10,
  creditCost: 2,
  status: 'scheduled',
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'sessions/open'), { ...session, published: true, seatsBooked: 2 });
  await setDoc(doc(db, 'sessions/draft'), { ...session, published: false, seatsBooked: 0 });
});

const ops = {
  get: (db) => readExisting(doc(db, 'sessions/open')),
  getUnpublished: (db) => readExisting(doc(db, 'sessions/draft')),
  list: (db) => readMatching(query(collection(db, 'sessions'), where('published', '==', true)), 1),
  listUnpublished: (db) =>
    readMatching(query(collection(db, 'sessions'), where('published', '==', false)), 1),
  listAll: (db) => readMatching(collection(db, 'sessions'), 2),
  create: (db) => setDoc(doc(db, 'sessions/new'), { ...session, published: false }),
  createWithZeroSeats: (db) =>
    setDoc(doc(db, 'sessions/new'), { ...session, published: false, seatsBooked: 0 }),
  createWithSeatsBooked: (db) =>
    setDoc(doc(db, 'sessions/new'), { ...session, published: true, seatsBooked: 3 }),
  update: (db) => updateDoc(doc(db, 'sessions/open'), { title: 'Atelier Excel avancé' }),
  publish: (db) => updateDoc(doc(db, 'sessions/draft'), { published: true }),
  replaceKeepingSeats: (db) =>
    setDoc(doc(db, 'sessions/open'), { ...session, capacity: 12, published: true, seatsBooked: 2 }),
  updateSeatsBooked: (db) => updateDoc(doc(db, 'sessions/open'), { seatsBooked: 0 }),
  removeSeatsBooked: (db) => updateDoc(doc(db, 'sessions/open'), { seatsBooked: deleteField() }),
  delete: (db) => deleteDoc(doc(db, 'sessions/draft')),
  deleteWithSeatsBooked: (db) => deleteDoc(doc(db, 'sessions/open')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:                   { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  getUnpublished:        { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  list:                  { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  listUnpublished:       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAll:               { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:                { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createWithZeroSeats:   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createWithSeatsBooked: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:                { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  publish:               { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  replaceKeepingSeats:   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateSeatsBooked:     { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeSeatsBooked:     { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:                { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  deleteWithSeatsBooked: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('sessions/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
