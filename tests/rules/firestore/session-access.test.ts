// sessions/{id}/private/{doc}: the LMS link (`access`, holding `lmsUrl`) is read by admins, assistants
// and the members holding a confirmed booking (bookings/session_<sessionId>_<uid>); a pending or
// cancelled booking, a booking of another session or another member's booking gives nothing.
// Admins and assistants write it; nobody else, attendees included. A write holds `lmsUrl` only: a
// string of at most 2048 characters matching `https?://[^ ]+` (isValidSessionAccess); a delete passes.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, deleteField, doc, getDoc, setDoc, updateDoc } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Firestore } from 'firebase/firestore';
import type { Matrix, Operation } from '../matrix.ts';

/** The booking each member holds on each seeded session (null: none). */
const BOOKINGS = {
  's-confirmed': { alice: 'confirmed', bob: null },
  's-pending': { alice: 'pending_payment', bob: null },
  's-cancelled': { alice: 'cancelled', bob: null },
  's-none': { alice: null, bob: null },
  's-bob': { alice: null, bob: 'confirmed' },
} as const;
type SessionId = keyof typeof BOOKINGS;

function session(title: string) {
  return {
    title,
    topic: 'Bureautique',
    trainer: 'Claire Dubois',
    startsAt: new Date('2026-12-01T09:00:00Z'),
    endsAt: new Date('2026-12-01T12:00:00Z'),
    mode: 'online',
    capacity: 10,
    creditCost: 2,
    published: true,
    status: 'scheduled',
    seatsBooked: 1,
    waitlistCount: 0,
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-01T10:00:00Z'),
  };
}

/** A session booking as bookSession and cancelBooking leave it (bookingDocSchema). */
function booking(uid: string, sessionId: string, status: string, attempt = 1) {
  return {
    uid,
    kind: 'session',
    sessionId,
    title: sessionId,
    startsAt: new Date('2026-12-01T09:00:00Z'),
    endsAt: new Date('2026-12-01T12:00:00Z'),
    status,
    payment: { method: 'credits', credits: 2 },
    attempt,
    bookedBy: uid,
    ...(status === 'cancelled'
      ? { refundedCredits: 2, cancelledBy: uid, cancelledAt: new Date('2026-11-20T10:00:00Z') }
      : {}),
    createdAt: new Date('2026-11-10T10:00:00Z'),
    updatedAt: new Date('2026-11-10T10:00:00Z'),
  };
}

const rules = useRulesEnvironment(async (db) => {
  for (const [sessionId, holders] of Object.entries(BOOKINGS)) {
    await setDoc(doc(db, 'sessions', sessionId), session(sessionId));
    await setDoc(doc(db, 'sessions', sessionId, 'private', 'access'), {
      lmsUrl: `https://lms.example/${sessionId}`,
    });
    for (const [uid, status] of Object.entries(holders)) {
      if (status)
        await setDoc(doc(db, 'bookings', `session_${sessionId}_${uid}`), booking(uid, sessionId, status));
    }
  }
});

const access = (sessionId: SessionId) => `sessions/${sessionId}/private/access`;

/** An https link of exactly `length` characters. */
function urlOfLength(length: number) {
  const prefix = 'https://lms.example/';
  return prefix + 'x'.repeat(length - prefix.length);
}

/** Replaces the link of s-none (no booking) with `lmsUrl`, as the staff screen does. */
function setLink(db: Firestore, lmsUrl: unknown) {
  return setDoc(doc(db, access('s-none')), { lmsUrl });
}

const ops = {
  getWithConfirmedBooking: (db) => readExisting(doc(db, access('s-confirmed'))),
  getWithPendingBooking: (db) => readExisting(doc(db, access('s-pending'))),
  getWithCancelledBooking: (db) => readExisting(doc(db, access('s-cancelled'))),
  getWithoutBooking: (db) => readExisting(doc(db, access('s-none'))),
  getOfBobsConfirmedBooking: (db) => readExisting(doc(db, access('s-bob'))),
  listWithConfirmedBooking: (db) => readMatching(collection(db, 'sessions/s-confirmed/private'), 1),
  listWithCancelledBooking: (db) => readMatching(collection(db, 'sessions/s-cancelled/private'), 1),
  // Any other key is refused, in any document of private/: only the link is kept there.
  createOtherKey: (db) => setDoc(doc(db, 'sessions/s-none/private/notes'), { trainerNotes: 'Salle B' }),
  createAccess: (db) =>
    setDoc(doc(db, 'sessions/s-new/private/access'), { lmsUrl: 'https://lms.example/s-new' }),
  update: (db) => updateDoc(doc(db, access('s-confirmed')), { lmsUrl: 'https://lms.example/new' }),
  replace: (db) => setDoc(doc(db, access('s-confirmed')), { lmsUrl: 'https://lms.example/other' }),
  setJavascriptUrl: (db) => setLink(db, 'javascript:alert(1)'),
  setUrlWithoutScheme: (db) => setLink(db, 'lms.example/x'),
  setFtpUrl: (db) => setLink(db, 'ftp://lms.example/x'),
  setHttpUrl: (db) => setLink(db, 'http://lms.example/x'),
  setHttpsUrl: (db) => setLink(db, 'https://lms.example/x'),
  setSchemeOnly: (db) => setLink(db, 'https://'),
  setUrlWithSpace: (db) => setLink(db, 'https://lms.example/a b'),
  setUrlWithLeadingSpace: (db) => setLink(db, ' https://lms.example/x'),
  setUrlAsNumber: (db) => setLink(db, 42),
  setUrl2048: (db) => setLink(db, urlOfLength(2048)),
  setUrl2049: (db) => setLink(db, urlOfLength(2049)),
  setWithExtraKey: (db) =>
    setDoc(doc(db, access('s-none')), { lmsUrl: 'https://lms.example/x', password: 'secret' }),
  updateAddingExtraKey: (db) => updateDoc(doc(db, access('s-none')), { password: 'secret' }),
  removeLmsUrl: (db) => updateDoc(doc(db, access('s-none')), { lmsUrl: deleteField() }),
  setEmpty: (db) => setDoc(doc(db, access('s-none')), {}),
  delete: (db) => deleteDoc(doc(db, access('s-none'))),
  deleteWithConfirmedBooking: (db) => deleteDoc(doc(db, access('s-confirmed'))),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  getWithConfirmedBooking:    { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true },
  getWithPendingBooking:      { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  getWithCancelledBooking:    { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  getWithoutBooking:          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  getOfBobsConfirmedBooking:  { anonymous: false, member: false, other: true,  moderator: false, assistant: true,  admin: true },
  listWithConfirmedBooking:   { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true },
  listWithCancelledBooking:   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  createOtherKey:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createAccess:               { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  update:                     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  replace:                    { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  setJavascriptUrl:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setUrlWithoutScheme:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setFtpUrl:                  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setHttpUrl:                 { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  setHttpsUrl:                { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  setSchemeOnly:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setUrlWithSpace:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setUrlWithLeadingSpace:     { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setUrlAsNumber:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setUrl2048:                 { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  setUrl2049:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setWithExtraKey:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateAddingExtraKey:       { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeLmsUrl:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  setEmpty:                   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:                     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
  deleteWithConfirmedBooking: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true },
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

  it('booking again after cancelling (attempt 2, confirmed) gives the link back', async () => {
    await expectAccess(false, readExisting(doc(rules.as('member'), access('s-cancelled'))));
    await rules.withoutRules((db) =>
      setDoc(doc(db, 'bookings/session_s-cancelled_alice'), booking('alice', 's-cancelled', 'confirmed', 2)),
    );
    await expectAccess(true, readExisting(doc(rules.as('member'), access('s-cancelled'))));
  });

  it('a confirmed booking of one session opens that session’s link only', async () => {
    const alice = rules.as('member');
    await expectAccess(true, readExisting(doc(alice, access('s-confirmed'))));
    await expectAccess(false, readExisting(doc(alice, access('s-none'))));
    await expectAccess(false, readExisting(doc(alice, access('s-bob'))));
  });

  it('the link alice reads is the one staff stored', async () => {
    const snapshot = await getDoc(doc(rules.as('member'), access('s-confirmed')));
    expect(snapshot.data()).toEqual({ lmsUrl: 'https://lms.example/s-confirmed' });
  });

  it('a denied link leaves the stored one as it was; an allowed one is stored as written', async () => {
    const admin = rules.as('admin');
    for (const denied of [
      ops.setJavascriptUrl,
      ops.setUrlWithoutScheme,
      ops.setUrl2049,
      ops.setWithExtraKey,
      ops.updateAddingExtraKey,
      ops.removeLmsUrl,
    ])
      await expectAccess(false, denied(admin));
    expect((await getDoc(doc(admin, access('s-none')))).data()).toEqual({
      lmsUrl: 'https://lms.example/s-none',
    });
    await expectAccess(true, ops.setHttpUrl(admin));
    expect((await getDoc(doc(admin, access('s-none')))).data()).toEqual({ lmsUrl: 'http://lms.example/x' });
    await expectAccess(true, ops.setUrl2048(admin));
    const stored = (await getDoc(doc(admin, access('s-none')))).get('lmsUrl');
    expect(stored).toHaveLength(2048);
    expect(stored).toBe(urlOfLength(2048));
  });

  it('a denied other key writes nothing under private/', async () => {
    const admin = rules.as('admin');
    await expectAccess(false, ops.createOtherKey(admin));
    expect((await getDoc(doc(admin, 'sessions/s-none/private/notes'))).exists()).toBe(false);
  });

  it('staff delete the link: it is gone, for the attendee too', async () => {
    await expectAccess(true, ops.deleteWithConfirmedBooking(rules.as('assistant')));
    expect((await getDoc(doc(rules.as('admin'), access('s-confirmed')))).exists()).toBe(false);
    expect((await getDoc(doc(rules.as('member'), access('s-confirmed')))).exists()).toBe(false);
  });
});
