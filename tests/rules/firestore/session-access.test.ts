// sessions/{id}/private/{doc}: the LMS link is read by admins, assistants and the members holding a
// confirmed booking (bookings/session_<sessionId>_<uid>); pending or cancelled bookings give nothing.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const BOOKING_STATUS_OF_ALICE = {
  's-confirmed': 'confirmed',
  's-pending': 'pending_payment',
  's-cancelled': 'cancelled',
  's-none': null,
} as const;

const rules = useRulesEnvironment(async (db) => {
  for (const [sessionId, status] of Object.entries(BOOKING_STATUS_OF_ALICE)) {
    await setDoc(doc(db, 'sessions', sessionId), { title: sessionId, published: true, seatsBooked: 1 });
    await setDoc(doc(db, 'sessions', sessionId, 'private', 'access'), {
      lmsUrl: `https://lms.example/${sessionId}`,
    });
    if (status) {
      await setDoc(doc(db, 'bookings', `session_${sessionId}_alice`), {
        uid: 'alice',
        kind: 'session',
        sessionId,
        status,
        payment: { method: 'credits', credits: 2 },
      });
    }
  }
});

const access = (sessionId: keyof typeof BOOKING_STATUS_OF_ALICE) => `sessions/${sessionId}/private/access`;

const ops = {
  getWithConfirmedBooking: (db) => readExisting(doc(db, access('s-confirmed'))),
  getWithPendingBooking: (db) => readExisting(doc(db, access('s-pending'))),
  getWithCancelledBooking: (db) => readExisting(doc(db, access('s-cancelled'))),
  getWithoutBooking: (db) => readExisting(doc(db, access('s-none'))),
  listWithConfirmedBooking: (db) => readMatching(collection(db, 'sessions/s-confirmed/private'), 1),
  listWithCancelledBooking: (db) => readMatching(collection(db, 'sessions/s-cancelled/private'), 1),
  create: (db) => setDoc(doc(db, 'sessions/s-none/private/notes'), { trainerNotes: 'Salle B' }),
  update: (db) => updateDoc(doc(db, access('s-confirmed')), { lmsUrl: 'https://lms.example/new' }),
  delete: (db) => deleteDoc(doc(db, access('s-none'))),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  getWithConfirmedBooking:  { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true },
  getWithPendingBooking:    { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  getWithCancelledBooking:  { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  getWithoutBooking:        { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  listWithConfirmedBooking: { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true },
  listWithCancelledBooking: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  create:                   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  update:                   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  delete:                   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
};

describe('sessions/{id}/private/{doc}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  it('access follows the booking: once alice’s booking is cancelled, the link she could read is denied', async () => {
    await expectAccess(true, readExisting(doc(rules.as('member'), access('s-confirmed'))));
    await rules.withoutRules((db) =>
      updateDoc(doc(db, 'bookings/session_s-confirmed_alice'), { status: 'cancelled' }),
    );
    await expectAccess(false, readExisting(doc(rules.as('member'), access('s-confirmed'))));
  });
});
