import { describe, expect, it } from 'vitest';
import { MAX_AMENITIES } from '@agora/domain';
import { addAmenity, addClosedDate, splitClosedDates } from './listEdits.ts';

describe('addAmenity', () => {
  it('adds a trimmed amenity once, whatever its case', () => {
    expect(addAmenity(['Wi-Fi'], '  Écran   65"  ')).toEqual(['Wi-Fi', 'Écran 65"']);
    expect(addAmenity(['Wi-Fi'], 'wi-fi')).toEqual(['Wi-Fi']);
  });

  it('adds nothing blank, too long or beyond the limit', () => {
    expect(addAmenity(['Wi-Fi'], '   ')).toEqual(['Wi-Fi']);
    expect(addAmenity([], 'x'.repeat(61))).toEqual([]);
    const full = Array.from({ length: MAX_AMENITIES }, (_, index) => `item ${index}`);
    expect(addAmenity(full, 'Café')).toHaveLength(MAX_AMENITIES);
  });
});

describe('closed dates', () => {
  it('are kept in calendar order, each once', () => {
    expect(addClosedDate(['2026-05-01', '2026-12-25'], '2026-07-14')).toEqual([
      '2026-05-01',
      '2026-07-14',
      '2026-12-25',
    ]);
    expect(addClosedDate(['2026-05-01'], '2026-05-01')).toEqual(['2026-05-01']);
  });

  it('refuse a day that does not exist', () => {
    expect(addClosedDate([], '2026-02-30')).toEqual([]);
  });

  it('split into upcoming (today included) and past', () => {
    expect(splitClosedDates(['2026-01-01', '2026-03-02', '2026-05-01'], '2026-03-02')).toEqual({
      upcoming: ['2026-03-02', '2026-05-01'],
      past: ['2026-01-01'],
    });
  });
});
