// ADM-1: the dashboard's reads are bounded whatever the period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DASHBOARD_READS, dashboardPlan, daysBetween, occupancy, sumStats } from './plan.ts';

describe('dashboardPlan', () => {
  it('reads one document per day for a month, plus current', () => {
    const plan = dashboardPlan('2026-11-01', '2026-11-30');
    expect(plan.granularity).toBe('day');
    expect(plan.documentIds).toHaveLength(31);
    expect(plan.documentIds[0]).toBe('day-2026-11-01');
    expect(plan.documentIds.at(-1)).toBe('current');
  });

  it('switches to months past 40 days, across a year end', () => {
    const plan = dashboardPlan('2025-12-15', '2026-11-21');
    expect(plan.granularity).toBe('month');
    expect(plan.periods).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(plan.documentIds).toHaveLength(13);
  });

  it('refuses an inverted or over-long period', () => {
    expect(() => dashboardPlan('2026-11-21', '2026-11-20')).toThrow(RangeError);
    expect(() => dashboardPlan('2020-01-01', '2026-11-21')).toThrow(RangeError);
  });

  it('never plans more than MAX_DASHBOARD_READS (< 50) documents', () => {
    expect(MAX_DASHBOARD_READS).toBeLessThan(50);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (offset, length) => {
        const from = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2024, 0, 1) + (offset + length) * 86_400_000).toISOString().slice(0, 10);
        const plan = dashboardPlan(from, to);
        expect(plan.documentIds.length).toBeLessThanOrEqual(MAX_DASHBOARD_READS);
        expect(new Set(plan.documentIds).size).toBe(plan.documentIds.length);
      }),
    );
  });
});

describe('sums', () => {
  it('adds fields, missing ones as zero', () => {
    const total = sumStats([{ signups: 2, revenueCents: 4500 }, { signups: 1, creditsUsed: -1 }, {}]);
    expect(total.signups).toBe(3);
    expect(total.revenueCents).toBe(4500);
    expect(total.creditsUsed).toBe(-1);
    expect(total.spaceBookings).toBe(0);
  });

  it('occupancy is a share, null when nothing was offered', () => {
    expect(occupancy(15, 20)).toBe(0.75);
    expect(occupancy(0, 0)).toBeNull();
    expect(occupancy(5, 4)).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
});
