// Resources, slots and occupancy checks for the space tests. Import after ../support/emulators.ts.
import { Timestamp } from 'firebase-admin/firestore';
import {
  localDateOf,
  resourceFieldsSchema,
  slotsForDay,
  withoutUndefined,
  type ResourceFieldsInput,
} from '@agora/domain';
import { testDb } from '../support/emulators.ts';

export const TIME_ZONE = 'Europe/Paris';
const DAY = 86_400_000;
const hours = [{ open: '08:00', close: '20:00' }];

export function resourceFields(overrides: Partial<ResourceFieldsInput> = {}) {
  return {
    name: 'Salle Voltaire',
    kind: 'meeting-room' as const,
    capacity: 1,
    amenities: ['Écran', 'Tableau blanc'],
    openingHours: { '0': hours, '1': hours, '2': hours, '3': hours, '4': hours, '5': hours, '6': hours },
    closedDates: [],
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    bookingWindowDays: 60,
    creditCost: 2,
    priceCents: 3000,
    includedInPlan: true,
    active: true,
    ...overrides,
  };
}

export async function createResource(
  id: string,
  overrides: Partial<ResourceFieldsInput> = {},
): Promise<void> {
  await testDb
    .collection('resources')
    .doc(id)
    .set({
      // Firestore refuses undefined: an override may clear a price.
      ...withoutUndefined(resourceFields(overrides)),
      photos: [],
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    });
}

/** A local day `daysAhead` from today in Paris, far enough for notice, inside the window. */
export const testDay = (daysAhead = 7) => localDateOf(Date.now() + daysAhead * DAY, TIME_ZONE);

/** The [start, end) of `count` hourly slots from local `hour` on `day` (08:00–20:00 every day). */
export function span(hour: number, count = 1, day = testDay()): { start: string; end: string } {
  const slots = slotsForDay(resourceFieldsSchema.parse(resourceFields()), day, TIME_ZONE);
  const index = slots.findIndex((slot) => slot.localTime === `${String(hour).padStart(2, '0')}:00`);
  const first = slots[index];
  const last = slots[index + count - 1];
  if (!first || !last) throw new Error(`no ${String(count)} slots from ${String(hour)}:00 on ${day}`);
  return { start: first.start, end: last.end };
}

export interface StoredSpaceBooking {
  id: string;
  uid: string;
  status: string;
  start: number;
  end: number;
  seats: number;
  credits: number;
}

export async function spaceBookings(resourceId: string): Promise<StoredSpaceBooking[]> {
  const snapshot = await testDb.collection('bookings').where('resourceId', '==', resourceId).get();
  return snapshot.docs.map((d) => ({
    id: d.id,
    uid: String(d.get('uid')),
    status: String(d.get('status')),
    start: (d.get('startsAt') as Timestamp).toMillis(),
    end: (d.get('endsAt') as Timestamp).toMillis(),
    seats: Number(d.get('seats')),
    credits: Number(d.get('payment.credits') ?? 0),
  }));
}

/** Every hold in the resource's day documents, by booking id. */
export async function holdsOf(
  resourceId: string,
): Promise<Map<string, { start: number; end: number; seats: number; heldUntil?: number }>> {
  const days = await testDb.collection('spaceDays').where('resourceId', '==', resourceId).get();
  const holds = new Map<string, { start: number; end: number; seats: number; heldUntil?: number }>();
  for (const day of days.docs) {
    for (const [id, hold] of Object.entries(
      (day.get('holds') ?? {}) as Record<string, { start: number; end: number; seats: number }>,
    )) {
      holds.set(id, hold);
    }
  }
  return holds;
}

/** The highest number of seats held at any minute, buffer included (the invariant: ≤ capacity). */
export function peakSeats(
  bookings: readonly { start: number; end: number; seats: number }[],
  bufferMinutes = 0,
): number {
  if (bookings.length === 0) return 0;
  const bufferMs = bufferMinutes * 60_000;
  const from = Math.min(...bookings.map((b) => b.start));
  const to = Math.max(...bookings.map((b) => b.end + bufferMs));
  let peak = 0;
  for (let minute = from; minute < to; minute += 60_000) {
    const held = bookings
      .filter((b) => b.start <= minute && minute < b.end + bufferMs)
      .reduce((sum, b) => sum + b.seats, 0);
    peak = Math.max(peak, held);
  }
  return peak;
}

/** Debits written for space bookings of these members (ledger kind 'booking'). */
export async function spaceDebits(uids: readonly string[]): Promise<number> {
  const counts = await Promise.all(
    uids.map(
      async (uid) =>
        (await testDb.collection(`wallets/${uid}/ledger`).where('kind', '==', 'booking').get()).size,
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
