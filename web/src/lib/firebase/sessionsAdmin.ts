// Staff side of training sessions (CAPS-1, CAPS-6, CAPS-7): every session, published or not, which
// admins and assistants write straight under the rules (never `seatsBooked`, `waitlistCount` or
// `status`, which the booking callables own), the LMS link kept apart in
// `sessions/{id}/private/access`, and a session's bookings and waitlist, read live so a booking made
// by a member or a waitlist promotion shows at once. Readers are lenient: an old document still shows.
import {
  collection,
  deleteField,
  doc,
  getDoc,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import {
  BOOKING_STATUSES,
  SESSION_MODES,
  SESSION_STATUSES,
  type BookingStatus,
  type SessionMode,
  type SessionStatus,
} from '@agora/domain';
import { db } from './app.ts';
import { count, date, flag, oneOf, record, text } from './fields.ts';

// ---- Sessions ----

export interface StaffSessionRecord {
  id: string;
  title: string;
  /** Null when absent: the document leaves empty optional fields out. */
  description: string | null;
  topic: string;
  trainer: string;
  /** Null only for a damaged document, shown as such rather than hidden from staff. */
  startsAt: Date | null;
  endsAt: Date | null;
  mode: SessionMode;
  place: string | null;
  capacity: number;
  creditCost: number;
  published: boolean;
  /** Null when the stored status is unknown to this version. */
  status: SessionStatus | null;
  seatsBooked: number;
  waitlistCount: number;
  cancelReason: string | null;
  cancelledAt: Date | null;
}

export function toStaffSessionRecord(id: string, raw: unknown): StaffSessionRecord {
  const data = record(raw) ?? {};
  return {
    id,
    title: text(data.title) ?? '',
    description: text(data.description) || null,
    topic: text(data.topic) ?? '',
    trainer: text(data.trainer) ?? '',
    startsAt: date(data.startsAt),
    endsAt: date(data.endsAt),
    mode: oneOf(SESSION_MODES, data.mode) ?? 'onsite',
    place: text(data.place) || null,
    capacity: count(data.capacity) ?? 0,
    creditCost: count(data.creditCost) ?? 0,
    published: flag(data.published),
    status: oneOf(SESSION_STATUSES, data.status),
    seatsBooked: Math.max(0, count(data.seatsBooked) ?? 0),
    waitlistCount: Math.max(0, count(data.waitlistCount) ?? 0),
    cancelReason: text(data.cancelReason) || null,
    cancelledAt: date(data.cancelledAt),
  };
}

const byStart = (a: StaffSessionRecord, b: StaffSessionRecord) =>
  (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0);

/**
 * Live list of the sessions not over at `now` (running or to come), earliest first. Filtered and
 * ordered on `endsAt` alone, which needs no composite index; a session lasts 14 hours at most, so
 * the order by start hardly differs and is restored here.
 */
export function watchUpcomingSessions(
  now: Date,
  callback: (sessions: StaffSessionRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    query(collection(db, 'sessions'), where('endsAt', '>=', Timestamp.fromDate(now)), orderBy('endsAt')),
    (snapshot) => callback(snapshot.docs.map((d) => toStaffSessionRecord(d.id, d.data())).sort(byStart)),
    (error) => onError?.(error),
  );
}

/** Live list of the `max` sessions over before `now`, most recent first. */
export function watchPastSessions(
  now: Date,
  max: number,
  callback: (sessions: StaffSessionRecord[], hasMore: boolean) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    // One more than shown tells whether older sessions exist.
    query(
      collection(db, 'sessions'),
      where('endsAt', '<', Timestamp.fromDate(now)),
      orderBy('endsAt', 'desc'),
      limit(max + 1),
    ),
    (snapshot) => {
      const sessions = snapshot.docs.slice(0, max).map((d) => toStaffSessionRecord(d.id, d.data()));
      callback(
        sessions.sort((a, b) => byStart(b, a)),
        snapshot.docs.length > max,
      );
    },
    (error) => onError?.(error),
  );
}

/** Live view of one session (null when it does not exist). */
export function watchStaffSession(
  sessionId: string,
  callback: (session: StaffSessionRecord | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'sessions', sessionId),
    (snapshot) => callback(snapshot.exists() ? toStaffSessionRecord(snapshot.id, snapshot.data()) : null),
    (error) => onError?.(error),
  );
}

/** The stored LMS link of a session, as stored (staff edit it), or null when there is none. */
export async function getSessionLmsUrl(sessionId: string): Promise<string | null> {
  const snapshot = await getDoc(doc(db, 'sessions', sessionId, 'private', 'access'));
  return snapshot.exists() ? text(snapshot.data().lmsUrl) || null : null;
}

/**
 * A session write: the fields to store (dates as Date, stored as Timestamps; empty optional fields
 * left out, as the rules want no undefined values) and, on update, the optional fields to remove.
 */
export interface SessionWrite {
  fields: Record<string, unknown>;
  remove: readonly string[];
}

/** What to do with `sessions/{id}/private/access` along with the session. */
export type AccessChange = { kind: 'keep' } | { kind: 'set'; lmsUrl: string } | { kind: 'delete' };

function stored(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value instanceof Date ? Timestamp.fromDate(value) : value,
    ]),
  );
}

const accessRef = (sessionId: string) => doc(db, 'sessions', sessionId, 'private', 'access');

/**
 * Creates a session, and its LMS link when given, in one batch: both or neither. It starts
 * scheduled with no seat booked, as the rules require.
 */
export async function createSession(write: SessionWrite, lmsUrl: string | null): Promise<string> {
  const ref = doc(collection(db, 'sessions'));
  const batch = writeBatch(db);
  batch.set(ref, {
    ...stored(write.fields),
    status: 'scheduled',
    seatsBooked: 0,
    waitlistCount: 0,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  if (lmsUrl !== null) batch.set(accessRef(ref.id), { lmsUrl });
  await batch.commit();
  return ref.id;
}

/**
 * Updates the edited fields only: `seatsBooked`, `waitlistCount` and `status` are never sent, so a
 * booking made meanwhile is not overwritten (and the rules refuse any change to them).
 */
export async function updateSession(
  sessionId: string,
  write: SessionWrite,
  access: AccessChange,
): Promise<void> {
  const batch = writeBatch(db);
  const removed = Object.fromEntries(write.remove.map((key) => [key, deleteField()]));
  const changes = { ...stored(write.fields), ...removed };
  if (Object.keys(changes).length > 0) {
    batch.update(doc(db, 'sessions', sessionId), { ...changes, updatedAt: serverTimestamp() });
  }
  if (access.kind === 'set') batch.set(accessRef(sessionId), { lmsUrl: access.lmsUrl });
  if (access.kind === 'delete') batch.delete(accessRef(sessionId));
  await batch.commit();
}

export async function setSessionPublished(sessionId: string, published: boolean): Promise<void> {
  await updateDoc(doc(db, 'sessions', sessionId), { published, updatedAt: serverTimestamp() });
}

// ---- Bookings and waitlist of a session ----

export interface StaffBookingRecord {
  id: string;
  uid: string;
  /** Null when the stored status is unknown to this version (shown from `rawStatus`). */
  status: BookingStatus | null;
  rawStatus: string | null;
  /** Credits paid for the current attempt. */
  credits: number;
  refundedCredits: number | null;
  /** The member's uid, a staff member's uid (booked on the member's behalf) or `system` (waitlist). */
  bookedBy: string;
  attempt: number;
  createdAt: Date | null;
  cancelledAt: Date | null;
}

export function toStaffBookingRecord(id: string, raw: unknown): StaffBookingRecord {
  const data = record(raw) ?? {};
  const uid = text(data.uid) ?? '';
  return {
    id,
    uid,
    status: oneOf(BOOKING_STATUSES, data.status),
    rawStatus: text(data.status),
    credits: count(record(data.payment)?.credits) ?? 0,
    refundedCredits: count(data.refundedCredits),
    bookedBy: text(data.bookedBy) ?? uid,
    attempt: count(data.attempt) ?? 1,
    createdAt: date(data.createdAt),
    cancelledAt: date(data.cancelledAt),
  };
}

/** Live list of every booking of a session, confirmed or cancelled, in no particular order. */
export function watchSessionBookings(
  sessionId: string,
  callback: (bookings: StaffBookingRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    query(collection(db, 'bookings'), where('sessionId', '==', sessionId)),
    (snapshot) => callback(snapshot.docs.map((d) => toStaffBookingRecord(d.id, d.data()))),
    (error) => onError?.(error),
  );
}

export interface WaitlistEntryRecord {
  uid: string;
  joinedAt: Date | null;
}

/** Live waitlist of a session, first in line first. */
export function watchWaitlist(
  sessionId: string,
  callback: (entries: WaitlistEntryRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    query(collection(db, 'sessions', sessionId, 'waitlist'), orderBy('joinedAt')),
    (snapshot) =>
      callback(
        snapshot.docs.map((d) => ({ uid: text(d.data().uid) ?? d.id, joinedAt: date(d.data().joinedAt) })),
      ),
    (error) => onError?.(error),
  );
}

// ---- Members ----

/** A member's credit balance (0 without a wallet), shown before booking on their behalf. */
export async function getMemberBalance(uid: string): Promise<number> {
  const snapshot = await getDoc(doc(db, 'wallets', uid));
  return snapshot.exists() ? (count(snapshot.data().balance) ?? 0) : 0;
}
