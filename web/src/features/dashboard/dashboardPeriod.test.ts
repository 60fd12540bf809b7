import { describe, expect, it } from 'vitest';
import { dashboardPlan, MAX_MONTHS } from '@agora/domain';
import {
  coveredPeriod,
  matchingPreset,
  periodFromParams,
  periodToParams,
  planPeriod,
  presetPeriod,
  todayIn,
} from './dashboardPeriod.ts';

describe('todayIn', () => {
  it('reads today in the organisation’s zone, not in UTC', () => {
    // 23:30 UTC on 21 November is already 22 November in Paris (UTC+1).
    expect(todayIn('Europe/Paris', new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(todayIn('America/New_York', new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-21');
  });
});

describe('presetPeriod', () => {
  const today = '2026-03-15';

  it('counts the last 7 and 30 days back from today, today included', () => {
    expect(presetPeriod('last7Days', today)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(presetPeriod('last30Days', today)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
  });

  it('starts this month on its first day', () => {
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(presetPeriod('thisMonth', '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('covers twelve whole calendar months across a year change', () => {
    expect(presetPeriod('last12Months', today)).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(dashboardPlan('2025-04-01', '2026-03-15').periods).toHaveLength(12);
  });

  it('crosses a daylight-saving change without losing a day', () => {
    // Clocks go forward in Paris on 29 March 2026.
    expect(presetPeriod('last7Days', '2026-04-01')).toEqual({ from: '2026-03-26', to: '2026-04-01' });
  });
});

describe('matchingPreset', () => {
  it('names the preset the dates are today', () => {
    expect(matchingPreset({ from: '2026-03-09', to: '2026-03-15' }, '2026-03-15')).toBe('last7Days');
    expect(matchingPreset({ from: '2025-04-01', to: '2026-03-15' }, '2026-03-15')).toBe('last12Months');
  });

  it('reads other days as a custom period', () => {
    expect(matchingPreset({ from: '2026-03-09', to: '2026-03-15' }, '2026-03-16')).toBeNull();
    expect(matchingPreset({ from: '2026-01-01', to: '2026-01-31' }, '2026-03-15')).toBeNull();
  });
});

describe('periodFromParams', () => {
  const today = '2026-03-15';

  it('reads the dates of the address', () => {
    expect(periodFromParams(new URLSearchParams('from=2026-01-01&to=2026-01-31'), today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('puts a backwards period the right way round', () => {
    expect(periodFromParams(new URLSearchParams('from=2026-01-31&to=2026-01-01'), today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('falls back to the last 30 days when a date is missing or invalid', () => {
    const last30 = { from: '2026-02-14', to: '2026-03-15' };
    expect(periodFromParams(new URLSearchParams(''), today)).toEqual(last30);
    expect(periodFromParams(new URLSearchParams('from=2026-01-01'), today)).toEqual(last30);
    expect(periodFromParams(new URLSearchParams('from=2026-02-30&to=2026-03-01'), today)).toEqual(last30);
  });

  it('writes back what it reads', () => {
    const period = { from: '2026-01-01', to: '2026-01-31' };
    expect(periodToParams(period)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(periodFromParams(new URLSearchParams(periodToParams(period)), today)).toEqual(period);
  });
});

describe('planPeriod', () => {
  it('reads days for a short period and months for a long one', () => {
    const short = planPeriod({ from: '2026-03-01', to: '2026-03-15' });
    expect(short.plan?.granularity).toBe('day');
    expect(short.plan?.documentIds).toHaveLength(16);
    const long = planPeriod({ from: '2025-04-01', to: '2026-03-15' });
    expect(long.plan?.granularity).toBe('month');
    expect(long.plan?.documentIds.at(-1)).toBe('current');
  });

  it(`refuses more than ${String(MAX_MONTHS)} months before reading anything`, () => {
    expect(planPeriod({ from: '2023-04-01', to: '2026-03-31' }).plan?.periods).toHaveLength(MAX_MONTHS);
    expect(planPeriod({ from: '2023-03-31', to: '2026-03-01' })).toEqual({ plan: null, error: 'tooLong' });
  });
});

describe('coveredPeriod', () => {
  it('is the period itself when read day by day', () => {
    expect(coveredPeriod(dashboardPlan('2026-03-01', '2026-03-15'))).toEqual({
      from: '2026-03-01',
      to: '2026-03-15',
    });
  });

  it('widens to whole months when read month by month', () => {
    expect(coveredPeriod(dashboardPlan('2025-12-10', '2026-02-14'))).toEqual({
      from: '2025-12-01',
      to: '2026-02-28',
    });
  });
});
