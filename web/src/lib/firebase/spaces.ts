// Coworking spaces (SPACE-1..6), what both the member pages and the staff calendar read: the
// resources `resources/{id}`, the capacity documents `spaceDays/{resourceId}_{localDate}` (seats
// held and blocks, no member names: every signed-in user may read them) and space bookings in
// `bookings/{id}` (kind 'space'). Functions write all of them; pages compute the slot grid from
// them with the domain's `availability`, live, so a seat taken anywhere shows everywhere.
import { collection, doc, onSnapshot, query, where, type Query } from 'firebase/firestore';
import {
  BOOKING_STATUSES,
  resourceFieldsSchema,
  resourcePhotoSchema,
  shiftLocalDate,
  spaceDayDocSchema,
  type BlockInterval,
  type BlockReason,
  type BookingInterval,
  type BookingStatus,
  type ResourceFields,
  type ResourcePhoto,
} from '@agora/domain';
import { db } from './app.ts';
import { count, date, flag, oneOf, record, text } from './fields.ts';

// ---- resources ----

export interface ResourceRecord extends ResourceFields {
  id: string;
  photos: ResourcePhoto[];
}

/** A resource the pages can use, or null when its stored fields no longer pass the schema. */
export function toResourceRecord(id: string, raw: unknown): ResourceRecord | null {
  const parsed = resourceFieldsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const photos = Array.isArray(record(raw)?.photos) ? (record(raw)?.photos as unknown[]) : [];
  return {
    ...parsed.data,
    id,
    photos: photos.flatMap((photo) => {
      const checked = resourcePhotoSchema.safeParse(photo);
      return checked.success ? [checked.data] : [];
    }),
  };
}

/** Live list of resources, by name; `activeOnly` for members (staff see the inactive ones too). */
export function watchResources(
  activeOnly: boolean,
  callback: (resources: ResourceRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  const base = collection(db, 'resources');
  const source: Query = activeOnly ? query(base, where('active', '==', true)) : base;
  return onSnapshot(
    source,
    (snapshot) =>
      callback(
        snapshot.docs
          .map((d) => toResourceRecord(d.id, d.data()))
          .filter((r): r is ResourceRecord => r !== null)
          .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      ),
    (error) => onError?.(error),
  );
}

export function watchResource(
  resourceId: string,
  callback: (resource: ResourceRecord | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'resources', resourceId),
    (snapshot) => callback(snapshot.exists() ? toResourceRecord(snapshot.id, snapshot.data()) : null),
    (error) => onError?.(error),
  );
}

// ---- capacity documents ----

export interface SpaceBlockInterval extends BlockInterval {
  blockId: string;
  reason: BlockReason;
}

export interface SpaceOccupancy {
  /** Seats held, as `availability` takes them (an unpaid card hold carries `heldUntil`). */
  bookings: (BookingInterval & { bookingId: string })[];
  blocks: SpaceBlockInterval[];
}

/**
 * Live seats held and blocks of `resourceIds` over the local days `from`..`to` ('YYYY-MM-DD'). Read
 * one day more on each side: a booking held in its start day's document may reach across midnight
 * (a buffer, a 24-hour range). One query per resource, one document per day: the cost does not
 * grow with the number of bookings.
 */
export function watchSpaceDays(
  resourceIds: readonly string[],
  from: string,
  to: string,
  callback: (occupancy: Map<string, SpaceOccupancy>) => void,
  onError?: (error: Error) => void,
): () => void {
  const [fromDay, toDay] = [shiftLocalDate(from, -1), shiftLocalDate(to, 1)];
  const perResource = new Map<string, SpaceOccupancy>();
  const unsubscribes = resourceIds.map((resourceId) =>
    onSnapshot(
      query(
        collection(db, 'spaceDays'),
        where('resourceId', '==', resourceId),
        where('localDate', '>=', fromDay),
        where('localDate', '<=', toDay),
      ),
      (snapshot) => {
        const occupancy: SpaceOccupancy = { bookings: [], blocks: [] };
        const seenBlocks = new Set<string>();
        for (const day of snapshot.docs) {
          const parsed = spaceDayDocSchema.safeParse(day.data());
          if (!parsed.success) continue;
          for (const [bookingId, hold] of Object.entries(parsed.data.holds)) {
            occupancy.bookings.push({ bookingId, ...hold });
          }
          // A block spanning several days sits in each of their documents: count it once.
          for (const [blockId, block] of Object.entries(parsed.data.blocks)) {
            if (seenBlocks.has(blockId)) continue;
            seenBlocks.add(blockId);
            occupancy.blocks.push({ blockId, ...block });
          }
        }
        perResource.set(resourceId, occupancy);
        callback(new Map(perResource));
      },
      (error) => onError?.(error),
    ),
  );
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}

/** Calendar arithmetic on 'YYYY-MM-DD' (the domain's, re-exported for the pages). */
export { shiftLocalDate };

// ---- bookings ----

export interface SpaceBookingRecord {
  id: string;
  uid: string | null;
  resourceId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  seats: number;
  status: BookingStatus | null;
  rawStatus: string | null;
  method: string | null;
  credits: number;
  amountCents: number | null;
  refundedCredits: number | null;
  internal: boolean;
  note: string | null;
  holdExpiresAt: Date | null;
  /** Times the booking was moved to another time (it keeps its id). */
  moves: number;
  bookedBy: string | null;
  cancelledAt: Date | null;
  createdAt: Date | null;
}

/** A space booking the pages can show, or null (another kind, or fields missing). */
export function toSpaceBookingRecord(id: string, raw: unknown): SpaceBookingRecord | null {
  const data = record(raw) ?? {};
  const resourceId = text(data.resourceId);
  const startsAt = date(data.startsAt);
  const endsAt = date(data.endsAt);
  if (data.kind !== 'space' || !resourceId || !startsAt || !endsAt) return null;
  const payment = record(data.payment);
  return {
    id,
    uid: text(data.uid),
    resourceId,
    title: text(data.title)?.trim() ?? '',
    startsAt,
    endsAt,
    seats: count(data.seats) ?? 1,
    status: oneOf(BOOKING_STATUSES, data.status),
    rawStatus: text(data.status),
    method: text(payment?.method),
    credits: count(payment?.credits) ?? 0,
    amountCents: count(payment?.amountCents),
    refundedCredits: count(data.refundedCredits),
    internal: flag(data.internal),
    note: text(data.note),
    holdExpiresAt: date(data.holdExpiresAt),
    moves: count(data.moves) ?? 0,
    bookedBy: text(data.bookedBy),
    cancelledAt: date(data.cancelledAt),
    createdAt: date(data.createdAt),
  };
}

function watchBookings(
  source: Query,
  callback: (bookings: SpaceBookingRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    source,
    (snapshot) =>
      callback(
        snapshot.docs
          .map((d) => toSpaceBookingRecord(d.id, d.data()))
          .filter((b): b is SpaceBookingRecord => b !== null)
          .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
      ),
    (error) => onError?.(error),
  );
}

/** Live list of the member's space bookings, by start (equality filters only: no index needed). */
export function watchMySpaceBookings(
  uid: string,
  callback: (bookings: SpaceBookingRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return watchBookings(
    query(collection(db, 'bookings'), where('uid', '==', uid), where('kind', '==', 'space')),
    callback,
    onError,
  );
}

/**
 * Staff: live space bookings starting in [from, to) (every resource; the calendar filters). Members
 * are refused this query by the rules.
 */
export function watchSpaceBookings(
  from: Date,
  to: Date,
  callback: (bookings: SpaceBookingRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return watchBookings(
    query(
      collection(db, 'bookings'),
      where('kind', '==', 'space'),
      where('startsAt', '>=', from),
      where('startsAt', '<', to),
    ),
    callback,
    onError,
  );
}
