import { describe, expect, it } from 'vitest';
import { dashboardPlan } from '@agora/domain';
import { toCurrentStats, toDashboardData, toPeriodStats } from './statsRecord.ts';

const at = (iso: string) => ({ toDate: () => new Date(iso) });

const ZEROS = {
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
};

describe('toPeriodStats', () => {
  it('reads every figure of a stored period', () => {
    const figures = {
      signups: 3,
      sessionBookings: 4,
      spaceBookings: 5,
      cancellations: 1,
      sessionSeatsBooked: 8,
      sessionSeatsOffered: 10,
      spaceSeatHoursBooked: 12.5,
      spaceSeatHoursOpen: 40,
      creditsSold: 20,
      creditsUsed: -2,
      revenueCents: 45_000,
    };
    expect(toPeriodStats('2026-11-21', { period: '2026-11-21', ...figures })).toEqual({
      period: '2026-11-21',
      ...figures,
    });
  });

  it('reads a missing document as zeros under the key asked for', () => {
    expect(toPeriodStats('2026-11', undefined)).toEqual({ period: '2026-11', ...ZEROS });
  });

  it('zeroes only the figures that do not fit, and keeps the plan key', () => {
    const stats = toPeriodStats('2026-11-21', {
      period: 'other',
      signups: -1,
      creditsSold: 'x',
      spaceBookings: 2,
    });
    expect(stats).toEqual({ ...ZEROS, period: '2026-11-21', spaceBookings: 2 });
  });
});

describe('toCurrentStats', () => {
  it('reads the state figures with their computation time', () => {
    const current = toCurrentStats({
      exists: true,
      data: { members: 42, activeSubscriptions: 7, computedAt: at('2026-11-21T10:00:00Z') },
    });
    expect(current?.members).toBe(42);
    expect(current?.activeSubscriptions).toBe(7);
    expect(current?.computedAt.toDate()).toEqual(new Date('2026-11-21T10:00:00Z'));
  });

  it('is null before the first computation or when the document does not fit', () => {
    expect(toCurrentStats(undefined)).toBeNull();
    expect(toCurrentStats({ exists: false, data: undefined })).toBeNull();
    expect(toCurrentStats({ exists: true, data: { members: 3 } })).toBeNull();
  });
});

describe('toDashboardData', () => {
  it('puts the rows in plan order, zero-fills the missing ones and counts the reads', () => {
    const plan = dashboardPlan('2026-11-20', '2026-11-22');
    const data = toDashboardData(plan, [
      {
        id: 'current',
        exists: true,
        data: { members: 9, activeSubscriptions: 2, computedAt: at('2026-11-22T08:00:00Z') },
      },
      { id: 'day-2026-11-22', exists: true, data: { signups: 4 } },
      { id: 'day-2026-11-21', exists: false, data: undefined },
      { id: 'day-2026-11-20', exists: true, data: { signups: 1, revenueCents: 900 } },
    ]);
    expect(data.rows.map((row) => row.period)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(data.rows.map((row) => row.signups)).toEqual([1, 0, 4]);
    expect(data.rows[0]?.revenueCents).toBe(900);
    expect(data.rows[1]).toEqual({ period: '2026-11-21', ...ZEROS });
    expect(data.current?.members).toBe(9);
    expect(data.documentsRead).toBe(4);
  });

  it('reads month documents for a month plan', () => {
    const plan = dashboardPlan('2025-12-01', '2026-11-30');
    const data = toDashboardData(plan, [{ id: 'month-2026-03', exists: true, data: { creditsSold: 30 } }]);
    expect(data.rows).toHaveLength(12);
    expect(data.rows[3]).toEqual({ ...ZEROS, period: '2026-03', creditsSold: 30 });
    expect(data.current).toBeNull();
    expect(data.documentsRead).toBe(1);
  });
});
