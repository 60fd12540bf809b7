import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayBounds,
  monthWeeks,
  mondayOf,
  rangeOf,
  shiftReference,
  visibleDays,
} from './calendarRange.ts';

const PARIS = 'Europe/Paris';

describe('calendar arithmetic', () => {
  it('moves days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('moves months, keeping the day or the month’s last one', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('finds the Monday of a week, Sunday belonging to the week before', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
  });
});

describe('visibleDays', () => {
  it('shows the reference day alone in the day view', () => {
    expect(visibleDays('day', '2026-03-04')).toEqual(['2026-03-04']);
  });

  it('shows Monday to Sunday in the week view', () => {
    expect(visibleDays('week', '2026-03-04')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('shows whole weeks around the month in the month view', () => {
    const weeks = monthWeeks('2026-03-18');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toBe('2026-02-23');
    expect(weeks[5]?.[6]).toBe('2026-04-05');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(visibleDays('month', '2026-03-18')).toEqual(weeks.flat());
    // February 2021 starts on a Monday and ends on a Sunday: four rows exactly.
    expect(monthWeeks('2021-02-10')).toHaveLength(4);
  });
});

describe('shiftReference', () => {
  it('steps a day, a week or a month', () => {
    expect(shiftReference('day', '2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftReference('week', '2026-03-04', 1)).toBe('2026-03-11');
    expect(shiftReference('month', '2026-03-31', 1)).toBe('2026-04-30');
  });
});

describe('bounds in the organisation zone', () => {
  it('span a day from Paris midnight to Paris midnight', () => {
    expect(dayBounds('2026-03-02', PARIS)).toEqual({
      startMs: Date.parse('2026-03-01T23:00:00Z'),
      endMs: Date.parse('2026-03-02T23:00:00Z'),
    });
  });

  it('last 23 hours on the spring change', () => {
    const { startMs, endMs } = dayBounds('2026-03-29', PARIS);
    expect((endMs - startMs) / 3_600_000).toBe(23);
  });

  it('cover a week across the autumn change from midnight to midnight', () => {
    expect(rangeOf(visibleDays('week', '2026-10-21'), PARIS)).toEqual({
      from: '2026-10-19',
      to: '2026-10-25',
      startMs: Date.parse('2026-10-18T22:00:00Z'),
      endMs: Date.parse('2026-10-25T23:00:00Z'),
    });
  });
});
