// The member's side of training sessions (CAPS-1..6): the published catalogue `sessions/{id}`, the
// LMS link in `sessions/{id}/private/access`, the member's own `bookings/{id}` and waitlist entry,
// and the cancellation window from `settings/organization`. Functions write all of them (sessions
// apart, which staff edit); the interface only reads them, live, so a seat taken or freed, a booking
// confirmed by the callable or a waitlist promotion shows without a reload.
import {
  collection,
  doc,
  limit,
  onSnapshot,
  orderBy,
  query,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import {
  BOOKING_STATUSES,
  SESSION_MODES,
  SESSION_STATUSES,
  sessionBookingId,
  type BookingStatus,
  type SessionMode,
  type SessionStatus,
} from '@agora/domain';
import { db } from './app.ts';

// Hand-written, lenient readers (as in shop.ts): a document older than the schema still shows,
// and the schemas stay out of the pages that only read.
type Fields = Record<string, unknown>;
const record = (value: unknown): Fields | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const date = (value: unknown): Date | null => {
  const toDate = record(value)?.toDate;
  if (typeof toDate !== 'function') return null;
  const result: unknown = toDate.call(value);
  return result instanceof Date ? result : null;
};
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  values.find((candidate) => candidate === value) ?? null;

/** Firestore's answer when the rules refuse a read (an unpublished session, an LMS link not booked). */
const isPermissionDenied = (error: unknown): boolean =>
  record(error)?.code === 'permission-denied' || record(error)?.code === 'firestore/permission-denied';

// ---- sessions ----

export interface SessionRecord {
  id: string;
  title: string;
  description: string | null;
  topic: string;
  trainer: string;
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  /** Address or room, for on-site sessions. */
  place: string | null;
  capacity: number;
  creditCost: number;
  published: boolean;
  status: SessionStatus;
  seatsBooked: number;
  waitlistCount: number;
  cancelReason: string | null;
}

/** A session the pages can show, or null when a field they need is missing or invalid. */
export function toSessionRecord(id: string, raw: unknown): SessionRecord | null {
  const data = record(raw) ?? {};
  const title = text(data.title)?.trim();
  const startsAt = date(data.startsAt);
  const endsAt = date(data.endsAt);
  const capacity = count(data.capacity);
  const creditCost = count(data.creditCost);
  if (!title || !startsAt || !endsAt || capacity === null || creditCost === null) return null;
  return {
    id,
    title,
    description: text(data.description)?.trim() || null,
    topic: text(data.topic)?.trim() ?? '',
    trainer: text(data.trainer)?.trim() ?? '',
    startsAt,
    endsAt: endsAt.getTime() > startsAt.getTime() ? endsAt : startsAt,
    mode: oneOf(SESSION_MODES, data.mode) ?? 'onsite',
    place: text(data.place)?.trim() || null,
    capacity: Math.max(0, capacity),
    creditCost: Math.max(0, creditCost),
    published: data.published === true,
    // An unknown status is not offered for booking: the server would refuse it too.
    status: oneOf(SESSION_STATUSES, data.status) ?? 'cancelled',
    seatsBooked: Math.max(0, count(data.seatsBooked) ?? 0),
    waitlistCount: Math.max(0, count(data.waitlistCount) ?? 0),
    cancelReason: text(data.cancelReason)?.trim() || null,
  };
}

/** Most sessions one catalogue view loads: months of a training centre's programme. */
export const CATALOGUE_LIMIT = 500;

/**
 * The catalogue query: published sessions starting in [from, to), by start. The `published`
 * filter is what lets the rules allow the list for members and visitors; with the range on
 * `startsAt` it needs the composite index (published ASC, startsAt ASC).
 */
export function catalogueConstraints(range: { from: Date; to: Date | null }): QueryConstraint[] {
  return [
    where('published', '==', true),
    where('startsAt', '>=', range.from),
    ...(range.to ? [where('startsAt', '<', range.to)] : []),
    orderBy('startsAt', 'asc'),
    limit(CATALOGUE_LIMIT),
  ];
}

/** Live list of the published sessions starting in the range, by start (anyone, signed out too). */
export function watchPublishedSessions(
  range: { from: Date; to: Date | null },
  callback: (sessions: SessionRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    query(collection(db, 'sessions'), ...catalogueConstraints(range)),
    (snapshot) =>
      callback(
        snapshot.docs
          .map((d) => toSessionRecord(d.id, d.data()))
          .filter((s): s is SessionRecord => s !== null && s.published),
      ),
    (error) => onError?.(error),
  );
}

/**
 * Live view of one session; null when it does not exist or is not published (the rules refuse
 * unpublished sessions to members, which reads the same as "not found" for them).
 */
export function watchSession(
  sessionId: string,
  callback: (session: SessionRecord | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'sessions', sessionId),
    (snapshot) => callback(snapshot.exists() ? toSessionRecord(snapshot.id, snapshot.data()) : null),
    (error) => (isPermissionDenied(error) ? callback(null) : onError?.(error)),
  );
}

/** The LMS link when it is a web address (anything else, e.g. `javascript:`, is never linked). */
export function toLmsUrl(raw: unknown): string | null {
  const value = text(record(raw)?.lmsUrl)?.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Live LMS link of a session, readable only by staff and members holding a confirmed booking.
 * A refusal (not booked, booking just cancelled) is "no link", never an error: the page shows the
 * link only to those who may use it.
 */
export function watchSessionAccess(sessionId: string, callback: (lmsUrl: string | null) => void): () => void {
  return onSnapshot(
    doc(db, 'sessions', sessionId, 'private', 'access'),
    (snapshot) => callback(snapshot.exists() ? toLmsUrl(snapshot.data()) : null),
    () => callback(null),
  );
}

// ---- bookings ----

export interface SessionBookingRecord {
  id: string;
  uid: string | null;
  sessionId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Null when the stored status is unknown to this version (shown from `rawStatus`). */
  status: BookingStatus | null;
  rawStatus: string | null;
  /** Credits paid for this attempt. */
  credits: number;
  refundedCredits: number | null;
  attempt: number;
  cancelledAt: Date | null;
  createdAt: Date | null;
}

/** A session booking the pages can show, or null (another kind, or dates missing). */
export function toSessionBookingRecord(id: string, raw: unknown): SessionBookingRecord | null {
  const data = record(raw) ?? {};
  const sessionId = text(data.sessionId);
  const startsAt = date(data.startsAt);
  const endsAt = date(data.endsAt);
  if (data.kind !== 'session' || !sessionId || !startsAt || !endsAt) return null;
  return {
    id,
    uid: text(data.uid),
    sessionId,
    title: text(data.title)?.trim() ?? '',
    startsAt,
    endsAt,
    status: oneOf(BOOKING_STATUSES, data.status),
    rawStatus: text(data.status),
    credits: count(record(data.payment)?.credits) ?? 0,
    refundedCredits: count(data.refundedCredits),
    attempt: count(data.attempt) ?? 1,
    cancelledAt: date(data.cancelledAt),
    createdAt: date(data.createdAt),
  };
}

/**
 * Live list of the member's session bookings, in no particular order (the pages sort them). Only
 * equality filters: no composite index, and a member's bookings are few. The `uid` filter is what
 * lets the rules allow the list.
 */
export function watchMySessionBookings(
  uid: string,
  callback: (bookings: SessionBookingRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    query(collection(db, 'bookings'), where('uid', '==', uid), where('kind', '==', 'session')),
    (snapshot) =>
      callback(
        snapshot.docs
          .map((d) => toSessionBookingRecord(d.id, d.data()))
          .filter((b): b is SessionBookingRecord => b !== null),
      ),
    (error) => onError?.(error),
  );
}

/**
 * Live view of the member's booking of one session (null while there is none). A query rather
 * than the document `session_<sessionId>_<uid>`: the rules check the stored `uid`, so reading a
 * booking that does not exist yet would be refused instead of answering "none".
 */
export function watchMySessionBooking(
  uid: string,
  sessionId: string,
  callback: (booking: SessionBookingRecord | null) => void,
  onError?: (error: Error) => void,
): () => void {
  const bookingId = sessionBookingId(sessionId, uid);
  return onSnapshot(
    query(collection(db, 'bookings'), where('uid', '==', uid), where('sessionId', '==', sessionId)),
    (snapshot) => {
      const found = snapshot.docs.find((d) => d.id === bookingId);
      callback(found ? toSessionBookingRecord(found.id, found.data()) : null);
    },
    (error) => onError?.(error),
  );
}

// ---- waitlist ----

/** Live presence of the member in a session's waitlist: the date they joined, or null. */
export function watchMyWaitlistEntry(
  sessionId: string,
  uid: string,
  callback: (entry: { joinedAt: Date | null } | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'sessions', sessionId, 'waitlist', uid),
    (snapshot) => callback(snapshot.exists() ? { joinedAt: date(snapshot.data().joinedAt) } : null),
    (error) => onError?.(error),
  );
}

// ---- policy ----

/** The server's window when settings do not say (functions/src/sessions/sessionStore.ts). */
export const DEFAULT_CANCELLATION_WINDOW_HOURS = 24;

/** `policies.cancellationWindowHours` of the organisation's settings, or the default. */
export function toCancellationWindowHours(raw: unknown): number {
  const hours = count(record(record(raw)?.policies)?.cancellationWindowHours);
  return hours !== null && hours >= 0 ? hours : DEFAULT_CANCELLATION_WINDOW_HOURS;
}

/** Live cancellation window (hours before the start); settings are public, signed out too. */
export function watchCancellationWindowHours(callback: (hours: number) => void): () => void {
  return onSnapshot(
    doc(db, 'settings', 'organization'),
    (snapshot) => callback(toCancellationWindowHours(snapshot.exists() ? snapshot.data() : undefined)),
    // Unreadable settings (offline): the server's default, as the server itself would use.
    () => callback(DEFAULT_CANCELLATION_WINDOW_HOURS),
  );
}
