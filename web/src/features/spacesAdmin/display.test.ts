import { describe, expect, it } from 'vitest';
import type { UserRecord } from '../../lib/firebase/users.ts';
import {
  bookingWho,
  formatBytes,
  formatMinutes,
  isBookingStatus,
  isShownBooking,
  pricingParts,
  timeRange,
  wallTime,
} from './display.ts';
import { PARIS } from './fixtures.ts';

describe('formatMinutes', () => {
  it('says lengths in minutes and hours', () => {
    expect(formatMinutes(30)).toBe('30 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(480)).toBe('8 h');
  });
});

describe('pricingParts', () => {
  it('lists price, credits and plan in that order, only those set', () => {
    expect(pricingParts({ priceCents: 1500, creditCost: 2, includedInPlan: true })).toEqual([
      { kind: 'price', cents: 1500 },
      { kind: 'credits', count: 2 },
      { kind: 'plan' },
    ]);
    expect(pricingParts({ priceCents: undefined, creditCost: undefined, includedInPlan: true })).toEqual([
      { kind: 'plan' },
    ]);
  });
});

describe('times', () => {
  it('shows instants as Paris wall clocks, summer and winter', () => {
    expect(wallTime(new Date('2026-03-02T08:05:00Z'), PARIS)).toBe('09:05');
    expect(timeRange(Date.parse('2026-07-01T07:00:00Z'), Date.parse('2026-07-01T10:30:00Z'), PARIS)).toBe(
      '09:00–12:30',
    );
  });
});

describe('bookingWho', () => {
  const member = { uid: 'u1', data: { firstName: 'Jean', lastName: 'Dupont' } } as unknown as UserRecord;

  it('names internal use, a known member, and a member still loading', () => {
    expect(bookingWho({ internal: true, uid: 'staff' }, {})).toEqual({ kind: 'internal' });
    expect(bookingWho({ internal: false, uid: 'u1' }, { u1: member })).toEqual({
      kind: 'member',
      uid: 'u1',
      name: 'DUPONT Jean',
    });
    expect(bookingWho({ internal: false, uid: 'u2' }, { u2: null })).toEqual({
      kind: 'member',
      uid: 'u2',
      name: null,
    });
  });
});

describe('isShownBooking', () => {
  it('shows bookings holding seats, cancelled ones only on demand', () => {
    expect(isShownBooking({ status: 'confirmed' }, false)).toBe(true);
    expect(isShownBooking({ status: 'pending_payment' }, false)).toBe(true);
    expect(isShownBooking({ status: 'cancelled' }, false)).toBe(false);
    expect(isShownBooking({ status: 'cancelled' }, true)).toBe(true);
    expect(isShownBooking({ status: null }, false)).toBe(false);
  });

  it('knows the booking statuses', () => {
    expect(isBookingStatus('pending_payment')).toBe(true);
    expect(isBookingStatus('moved')).toBe(false);
    expect(isBookingStatus(null)).toBe(false);
  });
});

describe('formatBytes', () => {
  it('writes sizes the French or English way', () => {
    expect(formatBytes(870_000, 'fr')).toBe('850 Ko');
    expect(formatBytes(1_258_291, 'fr')).toBe('1,2 Mo');
    expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatBytes(10, 'en')).toBe('1 KB');
  });
});
