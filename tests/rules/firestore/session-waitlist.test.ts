// sessions/{id}/waitlist/{uid}: the waiting member reads their own entry, admins and assistants read
// and list a session's waitlist; no client writes, the member included (joinWaitlist, leaveWaitlist
// and the promotion of a freed seat do it with `waitlistCount`, in transactions).
import { describe, expect, it } from 'vitest';
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  documentId,
  getDoc,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const session = {
  title: 'Atelier Excel',
  topic: 'Bureautique',
  trainer: 'Claire Dubois',
  startsAt: new Date('2026-12-01T09:00:00Z'),
  endsAt: new Date('2026-12-01T12:00:00Z'),
  mode: 'onsite',
  place: 'Salle Voltaire',
  capacity: 2,
  creditCost: 2,
  published: true,
  status: 'scheduled',
  createdAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-01T10:00:00Z'),
};

/** A waitlist entry (waitlistEntryDocSchema). */
function entry(uid: string, joinedAt: string) {
  return { uid, joinedAt: new Date(joinedAt) };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'sessions/full'), { ...session, seatsBooked: 2, waitlistCount: 2 });
  await setDoc(doc(db, 'sessions/full/waitlist/alice'), entry('alice', '2026-11-20T10:00:00Z'));
  await setDoc(doc(db, 'sessions/full/waitlist/bob'), entry('bob', '2026-11-20T11:00:00Z'));
  await setDoc(doc(db, 'sessions/other'), {
    ...session,
    title: 'Atelier Word',
    seatsBooked: 2,
    waitlistCount: 0,
  });
});

const waitlist = 'sessions/full/waitlist';

const ops = {
  getAlicesEntry: (db) => readExisting(doc(db, `${waitlist}/alice`)),
  getBobsEntry: (db) => readExisting(doc(db, `${waitlist}/bob`)),
  list: (db) => readMatching(collection(db, waitlist), 2),
  listInOrder: (db) => readMatching(query(collection(db, waitlist), where('uid', 'in', ['alice', 'bob'])), 2),
  listAlicesEntry: (db) =>
    readMatching(query(collection(db, waitlist), where(documentId(), '==', 'alice')), 1),
  listEverySession: (db) => readMatching(collectionGroup(db, 'waitlist'), 2),
  createOwnEntry: (db) =>
    setDoc(doc(db, 'sessions/other/waitlist/alice'), entry('alice', '2026-11-21T10:00:00Z')),
  createEntryForBob: (db) =>
    setDoc(doc(db, 'sessions/other/waitlist/bob'), entry('bob', '2026-11-21T10:00:00Z')),
  jumpTheQueue: (db) => updateDoc(doc(db, `${waitlist}/bob`), { joinedAt: new Date('2026-11-01T00:00:00Z') }),
  updateOwnEntry: (db) =>
    updateDoc(doc(db, `${waitlist}/alice`), { joinedAt: new Date('2026-11-01T00:00:00Z') }),
  deleteOwnEntry: (db) => deleteDoc(doc(db, `${waitlist}/alice`)),
  deleteBobsEntry: (db) => deleteDoc(doc(db, `${waitlist}/bob`)),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  getAlicesEntry:    { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  getBobsEntry:      { anonymous: false, member: false, other: true,  moderator: false, assistant: true,  admin: true  },
  list:              { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listInOrder:       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAlicesEntry:   { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listEverySession:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createOwnEntry:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createEntryForBob: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  jumpTheQueue:      { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateOwnEntry:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  deleteOwnEntry:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  deleteBobsEntry:   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('sessions/{id}/waitlist/{uid}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  it('alice reads her own place in the queue as the functions stored it', async () => {
    const snapshot = await getDoc(doc(rules.as('member'), `${waitlist}/alice`));
    expect(snapshot.get('uid')).toBe('alice');
    expect(snapshot.get('joinedAt').toDate()).toEqual(new Date('2026-11-20T10:00:00Z'));
  });

  it('an entry that does not exist is readable by its member (to learn they are not waiting)', async () => {
    const snapshot = await getDoc(doc(rules.as('member'), 'sessions/other/waitlist/alice'));
    expect(snapshot.exists()).toBe(false);
  });
});
