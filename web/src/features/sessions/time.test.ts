// Dates and times of sessions as members read them, in Europe/Paris whatever the browser's zone.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOf,
  durationParts,
  formatDay,
  formatSessionWhen,
  formatTimeRange,
  isIsoDate,
  weekdayIndex,
} from './time.ts';

const PARIS = 'Europe/Paris';

describe('formatSessionWhen', () => {
  it('writes the day in words and the times in Paris', () => {
    const start = new Date('2026-12-01T08:00:00Z');
    const end = new Date('2026-12-01T11:00:00Z');
    expect(formatSessionWhen(start, end, PARIS, 'fr')).toBe('mardi 1 décembre 2026, 09:00\u201312:00');
    expect(formatSessionWhen(start, end, PARIS, 'en')).toBe('Tuesday 1 December 2026, 09:00\u201312:00');
  });

  it('uses summer time before the change and winter time after', () => {
    expect(formatTimeRange(new Date('2026-10-24T07:00:00Z'), new Date('2026-10-24T10:00:00Z'), PARIS)).toBe(
      '09:00\u201312:00',
    );
    expect(formatTimeRange(new Date('2026-10-26T08:00:00Z'), new Date('2026-10-26T11:00:00Z'), PARIS)).toBe(
      '09:00\u201312:00',
    );
  });

  it('names both days when a session ends after midnight', () => {
    expect(
      formatSessionWhen(new Date('2026-12-04T19:00:00Z'), new Date('2026-12-05T01:00:00Z'), PARIS, 'fr'),
    ).toBe('vendredi 4 décembre 2026, 20:00 \u2013 samedi 5 décembre 2026, 02:00');
  });
});

describe('calendar days', () => {
  it('reads an instant as its day in Paris', () => {
    expect(dayOf(new Date('2026-10-25T22:30:00Z'), PARIS)).toBe('2026-10-25');
    expect(dayOf(new Date('2026-10-25T23:30:00Z'), PARIS)).toBe('2026-10-26');
    expect(dayOf(new Date('2026-06-30T22:30:00Z'), PARIS)).toBe('2026-07-01');
  });

  it('steps through days without a time zone', () => {
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayIndex('2026-10-19')).toBe(0);
    expect(weekdayIndex('2026-10-25')).toBe(6);
    expect(formatDay('2026-10-25', 'fr')).toBe('dimanche 25 octobre 2026');
  });

  it('accepts only existing days written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-12-01')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('durationParts', () => {
  it('splits a length in hours and minutes', () => {
    const start = new Date('2026-12-01T08:00:00Z');
    expect(durationParts(start, new Date('2026-12-01T11:00:00Z'))).toEqual({ hours: 3, minutes: 0 });
    expect(durationParts(start, new Date('2026-12-01T09:30:00Z'))).toEqual({ hours: 1, minutes: 30 });
    expect(durationParts(start, new Date('2026-12-01T08:45:00Z'))).toEqual({ hours: 0, minutes: 45 });
    expect(durationParts(start, start)).toEqual({ hours: 0, minutes: 0 });
  });

  it('counts real hours across the clock change (02:00 to 04:00 on 25 October is three hours)', () => {
    expect(durationParts(new Date('2026-10-25T00:00:00Z'), new Date('2026-10-25T03:00:00Z'))).toEqual({
      hours: 3,
      minutes: 0,
    });
  });
});
