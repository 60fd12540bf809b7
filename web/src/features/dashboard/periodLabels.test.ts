import { describe, expect, it } from 'vitest';
import { formatLongDay, formatPeriodLabel } from './periodLabels.ts';

describe('formatPeriodLabel', () => {
  it('names a day by its date and short month', () => {
    expect(formatPeriodLabel('2026-11-21', 'day', 'fr')).toBe('21 nov.');
    expect(formatPeriodLabel('2026-05-01', 'day', 'fr')).toBe('1 mai');
    expect(formatPeriodLabel('2026-11-21', 'day', 'en')).toBe('21 Nov');
  });

  it('names a month by its short name and year', () => {
    expect(formatPeriodLabel('2026-11', 'month', 'fr')).toBe('nov. 2026');
    expect(formatPeriodLabel('2027-02', 'month', 'fr')).toBe('févr. 2027');
    expect(formatPeriodLabel('2026-11', 'month', 'en')).toBe('Nov 2026');
  });

  it('keeps a key it cannot read as it is', () => {
    expect(formatPeriodLabel('later', 'day', 'fr')).toBe('later');
  });
});

describe('formatLongDay', () => {
  it('writes the day in words', () => {
    expect(formatLongDay('2026-11-01', 'fr')).toBe('1 novembre 2026');
    expect(formatLongDay('2026-11-01', 'en')).toBe('1 November 2026');
  });
});
