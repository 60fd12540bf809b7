import { describe, expect, it } from 'vitest';
import { CallableError } from '../../lib/firebase/callableError.ts';
import type { StaffBookingRecord } from '../../lib/firebase/sessionsAdmin.ts';
import {
  bookedByKind,
  bookingFailure,
  displayPhone,
  isOver,
  sessionState,
  slugify,
  sortBookings,
  timeRange,
} from './display.ts';

function booking(id: string, patch: Partial<StaffBookingRecord>): StaffBookingRecord {
  return {
    id,
    uid: 'member',
    status: 'confirmed',
    rawStatus: 'confirmed',
    credits: 2,
    refundedCredits: null,
    bookedBy: 'member',
    attempt: 1,
    createdAt: null,
    cancelledAt: null,
    ...patch,
  };
}

describe('session display', () => {
  it('reads a cancelled session as cancelled, published or not', () => {
    expect(sessionState({ status: 'scheduled', published: true })).toBe('published');
    expect(sessionState({ status: 'scheduled', published: false })).toBe('draft');
    expect(sessionState({ status: 'cancelled', published: true })).toBe('cancelled');
    expect(sessionState({ status: null, published: false })).toBe('draft');
  });

  it('tells who booked: the member, the team or the waitlist', () => {
    expect(bookedByKind({ uid: 'u1', bookedBy: 'u1' })).toBe('member');
    expect(bookedByKind({ uid: 'u1', bookedBy: 'staff-uid' })).toBe('staff');
    expect(bookedByKind({ uid: 'u1', bookedBy: 'system' })).toBe('waitlist');
  });

  it('lists confirmed bookings first, first booked first', () => {
    const sorted = sortBookings([
      booking('c', { status: 'cancelled', createdAt: new Date('2026-01-01') }),
      booking('b', { createdAt: new Date('2026-01-03') }),
      booking('a', { createdAt: new Date('2026-01-02') }),
    ]);
    expect(sorted.map((b) => b.id)).toEqual(['a', 'b', 'c']);
  });

  it('writes French phone numbers the French way', () => {
    expect(displayPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(displayPhone('+33145678901')).toBe('01 45 67 89 01');
    expect(displayPhone('+32470123456')).toBe('+32470123456');
    expect(displayPhone(undefined)).toBe('');
  });

  it('makes file-name slugs of titles', () => {
    expect(slugify('Excel avancé : niveau 2 !')).toBe('excel-avance-niveau-2');
    expect(slugify('Œuvre & Ça')).toBe('uvre-ca');
    expect(slugify('***')).toBe('session');
    expect(slugify('a'.repeat(80)).length).toBe(60);
  });

  it('shows times in Paris, across the October change', () => {
    expect(
      timeRange(new Date('2026-10-24T07:00:00Z'), new Date('2026-10-24T10:30:00Z'), 'Europe/Paris'),
    ).toBe('09:00–12:30');
    expect(timeRange(new Date('2026-10-25T08:00:00Z'), null, 'Europe/Paris')).toBe('09:00');
  });

  it('knows when a session is over', () => {
    const now = new Date('2026-10-24T12:00:00Z');
    expect(isOver({ endsAt: new Date('2026-10-24T11:59:00Z') }, now)).toBe(true);
    expect(isOver({ endsAt: new Date('2026-10-24T12:01:00Z') }, now)).toBe(false);
    expect(isOver({ endsAt: null }, now)).toBe(false);
  });
});

describe('booking refusals', () => {
  const refused = (reason: ConstructorParameters<typeof CallableError>[2]) =>
    new CallableError('failed-precondition', 'refused', reason, []);

  it('maps each bookSession reason to its message', () => {
    expect(bookingFailure(refused('insufficient-credits'))).toBe('insufficientCredits');
    expect(bookingFailure(refused('full'))).toBe('full');
    expect(bookingFailure(refused('already-booked'))).toBe('alreadyBooked');
    expect(bookingFailure(refused('not-bookable'))).toBe('notBookable');
    expect(bookingFailure(refused('profile-incomplete'))).toBe('profileIncomplete');
    expect(bookingFailure(refused('email-not-verified'))).toBe('emailNotVerified');
  });

  it('leaves other errors to the generic messages', () => {
    expect(bookingFailure(refused(null))).toBeNull();
    expect(bookingFailure(refused('forbidden'))).toBeNull();
    expect(bookingFailure(refused('outside-cancel-window'))).toBeNull();
    expect(bookingFailure(new Error('offline'))).toBeNull();
  });
});
