// bookings/{id}: the member, admins and assistants read; no client writes, the member's own booking
// included, so no status, payment, refund or attempt is ever set from a browser (bookSession,
// cancelBooking, cancelSession and the waitlist promotion do it in transactions).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, getDoc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

/** A confirmed session booking as bookSession leaves it (bookingDocSchema). */
function booking(uid: string, sessionId: string) {
  return {
    uid,
    kind: 'session',
    sessionId,
    title: 'Atelier Excel',
    startsAt: new Date('2026-12-01T09:00:00Z'),
    endsAt: new Date('2026-12-01T12:00:00Z'),
    status: 'confirmed',
    payment: { method: 'credits', credits: 2 },
    attempt: 1,
    bookedBy: uid,
    createdAt: new Date('2026-11-10T10:00:00Z'),
    updatedAt: new Date('2026-11-10T10:00:00Z'),
  };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'bookings/session_s1_alice'), booking('alice', 's1'));
  await setDoc(doc(db, 'bookings/session_s1_bob'), booking('bob', 's1'));
});

const ALICES = 'bookings/session_s1_alice';

const ops = {
  get: (db) => readExisting(doc(db, ALICES)),
  getBobs: (db) => readExisting(doc(db, 'bookings/session_s1_bob')),
  list: (db) => readMatching(query(collection(db, 'bookings'), where('uid', '==', 'alice')), 1),
  listOwnForSession: (db) =>
    readMatching(
      query(collection(db, 'bookings'), where('uid', '==', 'alice'), where('sessionId', '==', 's1')),
      1,
    ),
  // The attendee list of one session (staff).
  listBySession: (db) => readMatching(query(collection(db, 'bookings'), where('sessionId', '==', 's1')), 2),
  listAll: (db) => readMatching(collection(db, 'bookings'), 2),
  createOwn: (db) => setDoc(doc(db, 'bookings/session_s2_alice'), booking('alice', 's2')),
  createForBob: (db) =>
    setDoc(doc(db, 'bookings/session_s2_bob'), { ...booking('bob', 's2'), bookedBy: 'alice' }),
  replaceOwn: (db) =>
    setDoc(doc(db, ALICES), { ...booking('alice', 's1'), payment: { method: 'credits', credits: 0 } }),
  cancelOwn: (db) => updateDoc(doc(db, ALICES), { status: 'cancelled', cancelledBy: 'alice' }),
  refundOwn: (db) => updateDoc(doc(db, ALICES), { refundedCredits: 2 }),
  bumpAttempt: (db) => updateDoc(doc(db, ALICES), { attempt: 2 }),
  updateBobs: (db) => updateDoc(doc(db, 'bookings/session_s1_bob'), { status: 'cancelled' }),
  deleteOwn: (db) => deleteDoc(doc(db, ALICES)),
  deleteBobs: (db) => deleteDoc(doc(db, 'bookings/session_s1_bob')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:               { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  getBobs:           { anonymous: false, member: false, other: true,  moderator: false, assistant: true,  admin: true  },
  list:              { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listOwnForSession: { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listBySession:     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAll:           { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createOwn:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createForBob:      { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  replaceOwn:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  cancelOwn:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  refundOwn:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  bumpAttempt:       { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateBobs:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  deleteOwn:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  deleteBobs:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('bookings/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  it('a denied write leaves alice’s booking as bookSession wrote it', async () => {
    await expectAccess(false, ops.cancelOwn(rules.as('member')));
    const snapshot = await getDoc(doc(rules.as('member'), ALICES));
    expect(snapshot.get('status')).toBe('confirmed');
    expect(snapshot.get('attempt')).toBe(1);
    expect(snapshot.get('refundedCredits')).toBeUndefined();
  });
});
