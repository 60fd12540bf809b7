// Resources, their capacity documents and blocks as the space callables read them. Every booking
// holds its seats in `spaceDays/{resourceId}_{localDate}` of its start's local day; every block sits
// in each day it covers. A transaction that books, moves or blocks reads the days its span can
// reach, so any two that could take the same capacity read (and write) a common document and
// Firestore serialises them: no global scan, no double booking.
import {
  FieldPath,
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
  type Transaction,
} from 'firebase-admin/firestore';
import {
  MAX_BUFFER_MINUTES,
  localDateOf,
  nextLocalDate,
  resourceFieldsSchema,
  shiftLocalDate,
  spaceDayDocSchema,
  spaceDayId,
  type ResourceFields,
  type SpaceDayDoc,
} from '@agora/domain';
import { db } from '../lib/admin.ts';
import { callableError } from '../lib/errors.ts';

export const resourceRef = (resourceId: string) => db().collection('resources').doc(resourceId);
export const spaceDayRef = (resourceId: string, localDate: string) =>
  db().collection('spaceDays').doc(spaceDayId(resourceId, localDate));
export const spaceBlockRef = (blockId: string) => db().collection('spaceBlocks').doc(blockId);

export function resourceNotFound(): Error {
  return callableError('not-found', 'Cet espace n’existe pas ou n’est plus proposé.', {
    reason: 'not-bookable',
  });
}

export function parseResource(snapshot: DocumentSnapshot | undefined): ResourceFields {
  if (!snapshot?.exists) throw resourceNotFound();
  return resourceFieldsSchema.parse(snapshot.data());
}

/**
 * The local days whose documents can hold a booking or block that shares time with [startMs, endMs)
 * held with its turnover buffer: from the day before the start (a booking that began then may run,
 * with its buffer, past midnight) to the day the longest buffer after the end falls on (a booking
 * starting just after midnight would meet ours). The resource is not read yet when the days are
 * chosen, hence MAX_BUFFER_MINUTES rather than its own buffer.
 */
export function daysAround(startMs: number, endMs: number, timeZone: string): string[] {
  const last = localDateOf(Math.max(startMs, endMs + MAX_BUFFER_MINUTES * 60_000 - 1), timeZone);
  const days: string[] = [];
  for (let day = shiftLocalDate(localDateOf(startMs, timeZone), -1); day <= last; day = nextLocalDate(day)) {
    days.push(day);
  }
  return days;
}

export interface Occupancy {
  days: Map<string, SpaceDayDoc | null>;
  bookings: (Hold & { bookingId: string })[];
  blocks: (SpaceDayDoc['blocks'][string] & { blockId: string })[];
}

function gather(days: readonly string[], snapshots: readonly (DocumentSnapshot | undefined)[]): Occupancy {
  const occupancy: Occupancy = { days: new Map(), bookings: [], blocks: [] };
  const seenBlocks = new Set<string>();
  days.forEach((day, index) => {
    const snapshot = snapshots[index];
    const parsed = snapshot?.exists ? spaceDayDocSchema.parse(snapshot.data()) : null;
    occupancy.days.set(day, parsed);
    if (!parsed) return;
    for (const [bookingId, hold] of Object.entries(parsed.holds))
      occupancy.bookings.push({ bookingId, ...hold });
    // A block over several days sits in each of their documents: count it once.
    for (const [blockId, block] of Object.entries(parsed.blocks)) {
      if (seenBlocks.has(blockId)) continue;
      seenBlocks.add(blockId);
      occupancy.blocks.push({ blockId, ...block });
    }
  });
  return occupancy;
}

/**
 * Reads the day documents inside `tx` (locked until it ends), with any other documents the
 * transaction needs in the same round trip, and gathers what they hold.
 */
export async function readOccupancy(
  tx: Transaction,
  resourceId: string,
  days: readonly string[],
  extra: readonly DocumentReference[] = [],
): Promise<{ occupancy: Occupancy; extra: (DocumentSnapshot | undefined)[] }> {
  const snapshots = await tx.getAll(...days.map((day) => spaceDayRef(resourceId, day)), ...extra);
  return { occupancy: gather(days, snapshots), extra: snapshots.slice(days.length) };
}

/** A plain read: the fast path that refuses a taken slot before waiting for a transaction. */
export async function peekOccupancy(resourceId: string, days: readonly string[]): Promise<Occupancy> {
  return gather(days, await db().getAll(...days.map((day) => spaceDayRef(resourceId, day))));
}

export interface Hold {
  start: number;
  end: number;
  seats: number;
  heldUntil?: number;
}

/** Puts (or replaces) a booking's hold in its day document, creating the document if needed. */
export function writeHold(
  tx: Transaction,
  resourceId: string,
  localDate: string,
  bookingId: string,
  hold: Hold,
): void {
  tx.set(
    spaceDayRef(resourceId, localDate),
    { resourceId, localDate, holds: { [bookingId]: hold }, updatedAt: FieldValue.serverTimestamp() },
    { merge: true },
  );
}

/** Removes a booking's hold from the day document that has it (the document exists). */
export function releaseHold(tx: Transaction, resourceId: string, localDate: string, bookingId: string): void {
  tx.update(
    spaceDayRef(resourceId, localDate),
    new FieldPath('holds', bookingId),
    FieldValue.delete(),
    'updatedAt',
    FieldValue.serverTimestamp(),
  );
}
