// bookings/{id}: the member, admins and assistants read; no client writes, so no status or payment
// is ever set from a browser (bookSession and cancelBooking do it in transactions).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

function booking(uid: string, sessionId: string) {
  return {
    uid,
    kind: 'session',
    sessionId,
    startsAt: new Date('2026-12-01T09:00:00Z'),
    endsAt: new Date('2026-12-01T12:00:00Z'),
    status: 'confirmed',
    payment: { method: 'credits', credits: 2 },
  };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'bookings/session_s1_alice'), booking('alice', 's1'));
  await setDoc(doc(db, 'bookings/session_s1_bob'), booking('bob', 's1'));
});

const ops = {
  get: (db) => readExisting(doc(db, 'bookings/session_s1_alice')),
  list: (db) => readMatching(query(collection(db, 'bookings'), where('uid', '==', 'alice')), 1),
  listAll: (db) => readMatching(collection(db, 'bookings'), 2),
  create: (db) => setDoc(doc(db, 'bookings/session_s2_alice'), booking('alice', 's2')),
  update: (db) => updateDoc(doc(db, 'bookings/session_s1_alice'), { status: 'cancelled' }),
  delete: (db) => deleteDoc(doc(db, 'bookings/session_s1_alice')),
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

describe('bookings/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
