// Test fixtures of the space calendar's pure modules: a Paris meeting room open on working days
// 09:00–12:00 and 14:00–18:00 in hourly slots, and bookings as the live queries give them.
import type { ResourceRecord, SpaceBookingRecord } from '../../lib/firebase/spaces.ts';
import { weekWith } from './openingHoursEditing.ts';
import { WORKING_DAYS } from './weekdays.ts';

export const PARIS = 'Europe/Paris';

/** Monday 2 March 2026, winter time (UTC+1). */
export const MONDAY = '2026-03-02';

/** The day before, at noon: every slot of MONDAY is ahead. */
export const NOW_MS = Date.parse('2026-03-01T12:00:00Z');

export const room: ResourceRecord = {
  id: 'room',
  photos: [],
  name: 'Salle Lumière',
  kind: 'meeting-room',
  capacity: 4,
  amenities: [],
  openingHours: weekWith(WORKING_DAYS, [
    { open: '09:00', close: '12:00' },
    { open: '14:00', close: '18:00' },
  ]),
  closedDates: [],
  slotMinutes: 60,
  bufferMinutes: 0,
  minNoticeMinutes: 0,
  bookingWindowDays: 365,
  creditCost: 2,
  includedInPlan: false,
  active: true,
};

/** A confirmed booking of `room`, from `start` to `end` (UTC instants). */
export function spaceBooking(
  id: string,
  start: string,
  end: string,
  patch: Partial<SpaceBookingRecord> = {},
): SpaceBookingRecord {
  return {
    id,
    uid: 'member-1',
    resourceId: 'room',
    title: 'Salle Lumière',
    startsAt: new Date(start),
    endsAt: new Date(end),
    seats: 1,
    status: 'confirmed',
    rawStatus: 'confirmed',
    method: 'credits',
    credits: 2,
    amountCents: null,
    refundedCredits: null,
    internal: false,
    note: null,
    holdExpiresAt: null,
    moves: 0,
    bookedBy: 'member-1',
    cancelledAt: null,
    createdAt: null,
    ...patch,
  };
}
