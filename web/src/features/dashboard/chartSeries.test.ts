import { describe, expect, it } from 'vitest';
import type { PeriodStats } from '@agora/domain';
import { buildChartSeries } from './chartSeries.ts';

const row = (period: string, figures: Partial<PeriodStats>): PeriodStats => ({
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

describe('buildChartSeries', () => {
  it('gives one value per period, in the order of the rows', () => {
    const series = buildChartSeries([
      row('2026-10', { sessionBookings: 3, spaceBookings: 1, signups: 5, creditsSold: 40, creditsUsed: 12 }),
      row('2026-11', { sessionBookings: 0, spaceBookings: 7, signups: 2, creditsSold: 0, creditsUsed: -2 }),
    ]);
    expect(series.periods).toEqual(['2026-10', '2026-11']);
    expect(series.sessionBookings).toEqual([3, 0]);
    expect(series.spaceBookings).toEqual([1, 7]);
    expect(series.signups).toEqual([5, 2]);
    expect(series.creditsSold).toEqual([40, 0]);
    expect(series.creditsUsed).toEqual([12, -2]);
  });

  it('turns revenue cents into euros', () => {
    const series = buildChartSeries([
      row('2026-11-20', { revenueCents: 4_550 }),
      row('2026-11-21', { revenueCents: -1_000 }),
    ]);
    expect(series.revenueEuros).toEqual([45.5, -10]);
  });

  it('is empty for no rows', () => {
    expect(buildChartSeries([]).periods).toEqual([]);
  });
});
