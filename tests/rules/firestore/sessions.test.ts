// sessions/{id}: anyone reads published sessions, even signed out; admins and assistants read all and
// write them, only within sessionFieldsSchema's keys and bounds (isValidSession): every required key
// present, non-blank title, topic and trainer, at most 14 hours long, timestamps for createdAt and
// updatedAt, an on-site session with a non-blank place. A new session is `scheduled` with
// `seatsBooked: 0`, nobody waiting and no cancellation; an update never touches `seatsBooked`,
// `waitlistCount`, `status`, `cancelledAt` or `cancelReason`, which bookSession, cancelBooking, the
// waitlist and cancelSession own; an update never lowers `capacity` below the seats already booked;
// a session with a booked seat or a member waiting is never deleted.
import { describe, expect, it } from 'vitest';
import {
  collection,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
} from 'firebase/firestore';
import type { Firestore } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

/** What staff edit (sessionFieldsSchema), on site. */
const fields = {
  title: 'Atelier Excel',
  description: 'Tableaux croisés dynamiques',
  topic: 'Bureautique',
  trainer: 'Claire Dubois',
  startsAt: new Date('2026-12-01T09:00:00Z'),
  endsAt: new Date('2026-12-01T12:00:00Z'),
  mode: 'onsite',
  place: 'Salle Voltaire, 12 rue de la Paix, Paris',
  capacity: 10,
  creditCost: 2,
};

/** A stored session (sessionDocSchema) as functions leave it. */
const stored = {
  ...fields,
  status: 'scheduled',
  createdAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-01T10:00:00Z'),
};

/** When cancelSession cancelled sessions/cancelled, and why. */
const cancellation = {
  cancelReason: 'Formatrice absente',
  cancelledAt: new Date('2026-11-15T08:00:00Z'),
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'sessions/open'), { ...stored, published: true, seatsBooked: 2, waitlistCount: 1 });
  await setDoc(doc(db, 'sessions/draft'), { ...stored, published: false, seatsBooked: 0, waitlistCount: 0 });
  // No seat booked but two members waiting: only the waitlist stands in the way of a delete.
  await setDoc(doc(db, 'sessions/waiting'), {
    ...stored,
    published: false,
    seatsBooked: 0,
    waitlistCount: 2,
  });
  // Stored before `waitlistCount` existed: a missing count is 0.
  await setDoc(doc(db, 'sessions/older'), { ...stored, published: false, seatsBooked: 0 });
  // As cancelSession leaves it once every booking is refunded.
  await setDoc(doc(db, 'sessions/cancelled'), {
    ...stored,
    ...cancellation,
    published: true,
    status: 'cancelled',
    seatsBooked: 0,
    waitlistCount: 0,
  });
});

/**
 * Writes a new session, sessions/new, as the staff screen does, with `changes` applied and the
 * `omitted` keys left out.
 */
function createSession(db: Firestore, changes: Record<string, unknown>, omitted: string[] = []) {
  const data = {
    ...fields,
    published: false,
    status: 'scheduled',
    seatsBooked: 0,
    waitlistCount: 0,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...changes,
  };
  const kept = Object.entries(data).filter(([key]) => !omitted.includes(key));
  return setDoc(doc(db, 'sessions/new'), Object.fromEntries(kept));
}

/** Updates the published session, sessions/open (2 seats booked, 1 member waiting). */
function updateOpen(db: Firestore, changes: Record<string, unknown>) {
  return updateDoc(doc(db, 'sessions/open'), changes);
}

/** Updates the session cancelSession cancelled, sessions/cancelled. */
function updateCancelled(db: Firestore, changes: Record<string, unknown>) {
  return updateDoc(doc(db, 'sessions/cancelled'), changes);
}

/** fields.startsAt plus `minutes`. */
function startPlus(minutes: number) {
  return new Date(fields.startsAt.getTime() + minutes * 60_000);
}

const ops = {
  get: (db) => readExisting(doc(db, 'sessions/open')),
  getUnpublished: (db) => readExisting(doc(db, 'sessions/draft')),
  list: (db) => readMatching(query(collection(db, 'sessions'), where('published', '==', true)), 2),
  listUnpublished: (db) =>
    readMatching(query(collection(db, 'sessions'), where('published', '==', false)), 3),
  listAll: (db) => readMatching(collection(db, 'sessions'), 5),

  // As the staff screen writes it: every field, scheduled, no seat, nobody waiting, server timestamps.
  create: (db) => createSession(db, {}),
  // `seatsBooked` is required (0); `waitlistCount` may be left out.
  createWithoutCounters: (db) => createSession(db, {}, ['seatsBooked', 'waitlistCount']),
  createWithoutSeatsBooked: (db) => createSession(db, {}, ['seatsBooked']),
  createWithoutWaitlistCount: (db) => createSession(db, { seatsBooked: 0 }, ['waitlistCount']),
  createOnline: (db) => createSession(db, { mode: 'online' }, ['place']),
  createWithoutMode: (db) => createSession(db, {}, ['mode']),
  createOnsiteWithoutPlace: (db) => createSession(db, { mode: 'onsite' }, ['place']),
  createOnsiteBlankPlace: (db) => createSession(db, { mode: 'onsite', place: ' \t\n ' }),
  createWithoutTopic: (db) => createSession(db, {}, ['topic']),
  createBlankTopic: (db) => createSession(db, { topic: ' \t\n ' }),
  createPaddedTopic: (db) => createSession(db, { topic: ' X ' }),
  createWithoutTrainer: (db) => createSession(db, {}, ['trainer']),
  createBlankTrainer: (db) => createSession(db, { trainer: ' \t\n ' }),
  createPaddedTrainer: (db) => createSession(db, { trainer: ' X ' }),
  createFourteenHours: (db) => createSession(db, { endsAt: startPlus(14 * 60) }),
  createFourteenHoursAndOneMinute: (db) => createSession(db, { endsAt: startPlus(14 * 60 + 1) }),
  // Client timestamps instead of server ones: any timestamp will do, text will not.
  createWithClientTimestamps: (db) =>
    createSession(db, {
      createdAt: new Date('2026-11-01T10:00:00Z'),
      updatedAt: new Date('2026-11-01T10:00:00Z'),
    }),
  createCreatedAtAsText: (db) => createSession(db, { createdAt: '2026-11-01T10:00:00Z' }),
  createUpdatedAtAsText: (db) => createSession(db, { updatedAt: '2026-11-01T10:00:00Z' }),
  createWithoutCreatedAt: (db) => createSession(db, {}, ['createdAt']),
  createWithoutUpdatedAt: (db) => createSession(db, {}, ['updatedAt']),
  createWithCancelReason: (db) => createSession(db, { cancelReason: cancellation.cancelReason }),
  createWithCancelledAt: (db) => createSession(db, { cancelledAt: serverTimestamp() }),
  createAtLowerBounds: (db) => createSession(db, { title: 'A', capacity: 1, creditCost: 1 }),
  createAtUpperBounds: (db) =>
    createSession(db, { title: 'x'.repeat(150), topic: 'x'.repeat(80), capacity: 500, creditCost: 100 }),
  createUnknownKey: (db) => createSession(db, { lmsUrl: 'https://lms.example/excel' }),
  createCapacityZero: (db) => createSession(db, { capacity: 0 }),
  createCapacity501: (db) => createSession(db, { capacity: 501 }),
  createFractionalCapacity: (db) => createSession(db, { capacity: 2.5 }),
  createCreditCostZero: (db) => createSession(db, { creditCost: 0 }),
  createCreditCost101: (db) => createSession(db, { creditCost: 101 }),
  createEndBeforeStart: (db) => createSession(db, { endsAt: new Date('2026-12-01T08:00:00Z') }),
  createEndAtStart: (db) => createSession(db, { endsAt: fields.startsAt }),
  createStartAsText: (db) => createSession(db, { startsAt: '2026-12-01T09:00:00Z' }),
  createBlankTitle: (db) => createSession(db, { title: ' \t\n ' }),
  createTitleTooLong: (db) => createSession(db, { title: 'x'.repeat(151) }),
  createTopicTooLong: (db) => createSession(db, { topic: 'x'.repeat(81) }),
  createHybridMode: (db) => createSession(db, { mode: 'hybrid' }),
  createPublishedAsText: (db) => createSession(db, { published: 'yes' }),
  createCancelled: (db) => createSession(db, { status: 'cancelled' }),
  createWithoutStatus: (db) => createSession(db, {}, ['status']),
  createWithSeatsBooked: (db) => createSession(db, { seatsBooked: 3 }),
  createWithWaitlist: (db) => createSession(db, { waitlistCount: 3 }),

  update: (db) => updateOpen(db, { title: 'Atelier Excel avancé', updatedAt: serverTimestamp() }),
  publish: (db) => updateDoc(doc(db, 'sessions/draft'), { published: true }),
  // A full replacement carrying the counters and status as stored.
  replaceKeepingCounters: (db) =>
    setDoc(doc(db, 'sessions/open'), {
      ...stored,
      capacity: 12,
      published: true,
      seatsBooked: 2,
      waitlistCount: 1,
    }),
  reschedule: (db) =>
    updateOpen(db, { startsAt: new Date('2026-12-02T09:00:00Z'), endsAt: new Date('2026-12-02T12:00:00Z') }),
  updateEndBeforeStart: (db) => updateOpen(db, { endsAt: new Date('2026-12-01T08:00:00Z') }),
  updateToFourteenHours: (db) => updateOpen(db, { endsAt: startPlus(14 * 60) }),
  updateBeyondFourteenHours: (db) => updateOpen(db, { endsAt: startPlus(14 * 60 + 1) }),
  updateToOnline: (db) => updateOpen(db, { mode: 'online', place: deleteField() }),
  removeMode: (db) => updateOpen(db, { mode: deleteField() }),
  movePlace: (db) => updateOpen(db, { place: 'Salle Hugo, 3 rue Racine, Paris' }),
  removePlaceOnsite: (db) => updateOpen(db, { place: deleteField() }),
  updateBlankPlaceOnsite: (db) => updateOpen(db, { place: '   ' }),
  removeDescription: (db) => updateOpen(db, { description: deleteField() }),
  removeTopic: (db) => updateOpen(db, { topic: deleteField() }),
  updateBlankTopic: (db) => updateOpen(db, { topic: '   ' }),
  updateTrainer: (db) => updateOpen(db, { trainer: 'Marc Petit' }),
  updateBlankTrainer: (db) => updateOpen(db, { trainer: '   ' }),
  updateUpdatedAtAsText: (db) => updateOpen(db, { updatedAt: '2026-11-02T10:00:00Z' }),
  removeCreatedAt: (db) => updateOpen(db, { createdAt: deleteField() }),
  updateHybridMode: (db) => updateOpen(db, { mode: 'hybrid' }),
  updateCapacityTo500: (db) => updateOpen(db, { capacity: 500 }),
  updateCapacity501: (db) => updateOpen(db, { capacity: 501 }),
  updateCapacityZero: (db) => updateOpen(db, { capacity: 0 }),
  // sessions/open has 2 seats booked: capacity never drops below them, down to them is fine.
  updateCapacityBelowSeatsBooked: (db) => updateOpen(db, { capacity: 1 }),
  updateCapacityToSeatsBooked: (db) => updateOpen(db, { capacity: 2 }),
  replaceBelowSeatsBooked: (db) =>
    setDoc(doc(db, 'sessions/open'), {
      ...stored,
      capacity: 1,
      published: true,
      seatsBooked: 2,
      waitlistCount: 1,
    }),
  replaceAtSeatsBooked: (db) =>
    setDoc(doc(db, 'sessions/open'), {
      ...stored,
      capacity: 2,
      published: true,
      seatsBooked: 2,
      waitlistCount: 1,
    }),
  // sessions/draft has none booked: its capacity goes down to the lower bound.
  updateCapacityToOneNoneBooked: (db) => updateDoc(doc(db, 'sessions/draft'), { capacity: 1 }),
  updateCreditCostTo100: (db) => updateOpen(db, { creditCost: 100 }),
  updateCreditCost101: (db) => updateOpen(db, { creditCost: 101 }),
  updateBlankTitle: (db) => updateOpen(db, { title: '   ' }),
  updateUnknownKey: (db) => updateOpen(db, { lmsUrl: 'https://lms.example/excel' }),
  updateRewritingSameStatus: (db) => updateOpen(db, { status: 'scheduled' }),
  updateStatusToCancelled: (db) => updateOpen(db, { status: 'cancelled' }),
  removeStatus: (db) => updateOpen(db, { status: deleteField() }),
  updateRewritingSameCounters: (db) => updateOpen(db, { seatsBooked: 2, waitlistCount: 1 }),
  updateWaitlistCount: (db) => updateOpen(db, { waitlistCount: 0 }),
  removeWaitlistCount: (db) => updateOpen(db, { waitlistCount: deleteField() }),
  updateSeatsBooked: (db) => updateOpen(db, { seatsBooked: 0 }),
  removeSeatsBooked: (db) => updateOpen(db, { seatsBooked: deleteField() }),
  // The cancellation is cancelSession's: set once, then kept as it is.
  addCancelReason: (db) => updateOpen(db, { cancelReason: cancellation.cancelReason }),
  addCancelledAt: (db) => updateOpen(db, { cancelledAt: serverTimestamp() }),
  updateCancelledSession: (db) =>
    updateCancelled(db, { description: 'Reportée au printemps', updatedAt: serverTimestamp() }),
  updateRewritingSameCancellation: (db) => updateCancelled(db, { ...cancellation }),
  updateCancelReason: (db) => updateCancelled(db, { cancelReason: 'Salle indisponible' }),
  removeCancelledAt: (db) => updateCancelled(db, { cancelledAt: deleteField() }),

  delete: (db) => deleteDoc(doc(db, 'sessions/draft')),
  deleteWithoutWaitlistCount: (db) => deleteDoc(doc(db, 'sessions/older')),
  deleteWithSeatsBooked: (db) => deleteDoc(doc(db, 'sessions/open')),
  deleteWithWaitlist: (db) => deleteDoc(doc(db, 'sessions/waiting')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:                             { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  getUnpublished:                  { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  list:                            { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  listUnpublished:                 { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAll:                         { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:                          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createWithoutCounters:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithoutSeatsBooked:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithoutWaitlistCount:      { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createOnline:                    { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createWithoutMode:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createOnsiteWithoutPlace:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createOnsiteBlankPlace:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithoutTopic:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createBlankTopic:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createPaddedTopic:               { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createWithoutTrainer:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createBlankTrainer:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createPaddedTrainer:             { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createFourteenHours:             { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createFourteenHoursAndOneMinute: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithClientTimestamps:      { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createCreatedAtAsText:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createUpdatedAtAsText:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithoutCreatedAt:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithoutUpdatedAt:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithCancelReason:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithCancelledAt:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createAtLowerBounds:             { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createAtUpperBounds:             { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createUnknownKey:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createCapacityZero:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createCapacity501:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createFractionalCapacity:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createCreditCostZero:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createCreditCost101:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createEndBeforeStart:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createEndAtStart:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createStartAsText:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createBlankTitle:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createTitleTooLong:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createTopicTooLong:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createHybridMode:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createPublishedAsText:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createCancelled:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithoutStatus:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithSeatsBooked:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createWithWaitlist:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:                          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  publish:                         { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  replaceKeepingCounters:          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  reschedule:                      { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateEndBeforeStart:            { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateToFourteenHours:           { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateBeyondFourteenHours:       { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateToOnline:                  { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  removeMode:                      { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  movePlace:                       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  removePlaceOnsite:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateBlankPlaceOnsite:          { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeDescription:               { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  removeTopic:                     { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateBlankTopic:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateTrainer:                   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateBlankTrainer:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateUpdatedAtAsText:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeCreatedAt:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateHybridMode:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateCapacityTo500:             { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateCapacity501:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateCapacityZero:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateCapacityBelowSeatsBooked:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateCapacityToSeatsBooked:     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  replaceBelowSeatsBooked:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  replaceAtSeatsBooked:            { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateCapacityToOneNoneBooked:   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateCreditCostTo100:           { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateCreditCost101:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateBlankTitle:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateUnknownKey:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateRewritingSameStatus:       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateStatusToCancelled:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeStatus:                    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateRewritingSameCounters:     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateWaitlistCount:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeWaitlistCount:             { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateSeatsBooked:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeSeatsBooked:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  addCancelReason:                 { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  addCancelledAt:                  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateCancelledSession:          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateRewritingSameCancellation: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  updateCancelReason:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeCancelledAt:               { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:                          { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  deleteWithoutWaitlistCount:      { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  deleteWithSeatsBooked:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  deleteWithWaitlist:              { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('sessions/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  it('a session staff create is stored scheduled, with no seat booked and server timestamps', async () => {
    const admin = rules.as('admin');
    await expectAccess(true, ops.createWithoutWaitlistCount(admin));
    const snapshot = await getDoc(doc(admin, 'sessions/new'));
    expect(snapshot.get('status')).toBe('scheduled');
    expect(snapshot.get('seatsBooked')).toBe(0);
    expect(snapshot.get('waitlistCount')).toBeUndefined();
    expect(snapshot.get('cancelReason')).toBeUndefined();
    expect(snapshot.get('createdAt')).toBeInstanceOf(Timestamp);
    expect(snapshot.get('updatedAt')).toBeInstanceOf(Timestamp);
  });

  it('the 14-hour session is stored ending exactly 14 hours after it starts', async () => {
    const admin = rules.as('admin');
    await expectAccess(true, ops.createFourteenHours(admin));
    const snapshot = await getDoc(doc(admin, 'sessions/new'));
    const hours = (snapshot.get('endsAt').toMillis() - snapshot.get('startsAt').toMillis()) / 3_600_000;
    expect(hours).toBe(14);
  });

  it('a denied write leaves the cancellation as cancelSession wrote it', async () => {
    const admin = rules.as('admin');
    await expectAccess(false, ops.updateCancelReason(admin));
    await expectAccess(false, ops.removeCancelledAt(admin));
    await expectAccess(true, ops.updateCancelledSession(admin));
    const snapshot = await getDoc(doc(admin, 'sessions/cancelled'));
    expect(snapshot.get('status')).toBe('cancelled');
    expect(snapshot.get('cancelReason')).toBe(cancellation.cancelReason);
    expect(snapshot.get('cancelledAt').toDate()).toEqual(cancellation.cancelledAt);
    expect(snapshot.get('description')).toBe('Reportée au printemps');
  });

  it('a denied update adds no cancellation to a scheduled session', async () => {
    const admin = rules.as('admin');
    await expectAccess(false, ops.addCancelReason(admin));
    await expectAccess(false, ops.addCancelledAt(admin));
    const snapshot = await getDoc(doc(admin, 'sessions/open'));
    expect(snapshot.get('status')).toBe('scheduled');
    expect(snapshot.get('cancelReason')).toBeUndefined();
    expect(snapshot.get('cancelledAt')).toBeUndefined();
  });

  it('a denied capacity below the seats booked leaves it as stored; down to them is stored', async () => {
    const admin = rules.as('admin');
    await expectAccess(false, ops.updateCapacityBelowSeatsBooked(admin));
    await expectAccess(false, ops.replaceBelowSeatsBooked(admin));
    expect((await getDoc(doc(admin, 'sessions/open'))).get('capacity')).toBe(10);
    await expectAccess(true, ops.updateCapacityToSeatsBooked(admin));
    const snapshot = await getDoc(doc(admin, 'sessions/open'));
    expect(snapshot.get('capacity')).toBe(2);
    expect(snapshot.get('seatsBooked')).toBe(2);
  });

  it('a session with members waiting stays, with its count, after a denied delete', async () => {
    const admin = rules.as('admin');
    await expectAccess(false, ops.deleteWithWaitlist(admin));
    const snapshot = await getDoc(doc(admin, 'sessions/waiting'));
    expect(snapshot.exists()).toBe(true);
    expect(snapshot.get('seatsBooked')).toBe(0);
    expect(snapshot.get('waitlistCount')).toBe(2);
  });

  it('deleted sessions are gone: the empty draft and the one stored without a waitlist count', async () => {
    const admin = rules.as('admin');
    await expectAccess(true, ops.delete(admin));
    await expectAccess(true, ops.deleteWithoutWaitlistCount(admin));
    expect((await getDoc(doc(admin, 'sessions/draft'))).exists()).toBe(false);
    expect((await getDoc(doc(admin, 'sessions/older'))).exists()).toBe(false);
  });
});
