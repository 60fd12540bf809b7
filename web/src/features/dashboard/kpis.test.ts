import { describe, expect, it } from 'vitest';
import type { PeriodStats } from '@agora/domain';
import { computeKpis, isQuietPeriod } from './kpis.ts';

const row = (period: string, figures: Partial<PeriodStats> = {}): PeriodStats => ({
  period,
  signups: 0,
  sessionBookings: 0,
  spaceBookings: 0,
  cancellations: 0,
  sessionSeatsBooked: 0,
  sessionSeatsOffered: 0,
  spaceSeatHoursBooked: 0,
  spaceSeatHoursOpen: 0,
  creditsSold: 0,
  creditsUsed: 0,
  revenueCents: 0,
  ...figures,
});

const current = {
  members: 120,
  activeSubscriptions: 14,
  computedAt: { toDate: () => new Date('2026-11-21T10:00:00Z') },
};

describe('computeKpis', () => {
  const rows = [
    row('2026-11-20', {
      signups: 2,
      sessionBookings: 3,
      spaceBookings: 4,
      cancellations: 1,
      sessionSeatsBooked: 6,
      sessionSeatsOffered: 10,
      spaceSeatHoursBooked: 9,
      spaceSeatHoursOpen: 40,
      creditsSold: 20,
      creditsUsed: 7,
      revenueCents: 12_000,
    }),
    row('2026-11-21', {
      signups: 1,
      sessionBookings: 2,
      spaceBookings: 0,
      sessionSeatsBooked: 2,
      sessionSeatsOffered: 10,
      spaceSeatHoursBooked: 1,
      spaceSeatHoursOpen: 40,
      creditsUsed: -1,
      revenueCents: -2_000,
    }),
  ];

  it('sums the flows of the period and splits the bookings', () => {
    const kpis = computeKpis(rows, current);
    expect(kpis.signups).toBe(3);
    expect(kpis.bookings).toBe(9);
    expect(kpis.sessionBookings).toBe(5);
    expect(kpis.spaceBookings).toBe(4);
    expect(kpis.cancellations).toBe(1);
    expect(kpis.creditsSold).toBe(20);
    expect(kpis.creditsUsed).toBe(6);
    expect(kpis.revenueCents).toBe(10_000);
  });

  it('divides the seats booked by the seats offered over the whole period', () => {
    const kpis = computeKpis(rows, current);
    expect(kpis.sessionOccupancy).toBe(0.4);
    expect(kpis.spaceOccupancy).toBe(0.125);
    expect(kpis.sessionSeatsOffered).toBe(20);
    expect(kpis.spaceSeatHoursBooked).toBe(10);
  });

  it('takes the state figures from stats/current', () => {
    const kpis = computeKpis(rows, current);
    expect(kpis.members).toBe(120);
    expect(kpis.activeSubscriptions).toBe(14);
  });

  it('has no occupancy when nothing was offered and no state before the first computation', () => {
    const kpis = computeKpis([row('2026-11-20', { signups: 1 })], null);
    expect(kpis.sessionOccupancy).toBeNull();
    expect(kpis.spaceOccupancy).toBeNull();
    expect(kpis.members).toBeNull();
    expect(kpis.activeSubscriptions).toBeNull();
  });
});

describe('isQuietPeriod', () => {
  it('is quiet when every figure of every period is zero', () => {
    expect(isQuietPeriod([row('2026-11-20'), row('2026-11-21')])).toBe(true);
    expect(isQuietPeriod([])).toBe(true);
  });

  it('is not quiet as soon as one figure moved, even a refund', () => {
    expect(isQuietPeriod([row('2026-11-20'), row('2026-11-21', { revenueCents: -500 })])).toBe(false);
  });
});
