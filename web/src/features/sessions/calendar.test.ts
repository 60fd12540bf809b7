// The calendar grid in Europe/Paris: weeks from Monday, every day once, including the weeks where
// clocks change (2026-03-29 and 2026-10-25), and sessions filed under their local day.
import { describe, expect, it } from 'vitest';
import {
  calendarDays,
  calendarRange,
  monthWeeks,
  sessionsByDay,
  shiftAnchor,
  weekDays,
  weekStart,
} from './calendar.ts';
import { addDays, startOfDay } from './time.ts';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;

/** Every day of the list follows the previous one: none repeated, none skipped. */
function expectConsecutive(dates: string[]) {
  expect(new Set(dates).size).toBe(dates.length);
  for (let i = 1; i < dates.length; i += 1) {
    expect(dates[i]).toBe(addDays(dates[i - 1] ?? '', 1));
  }
}

describe('weekDays', () => {
  it('gives Monday to Sunday of the week holding the day', () => {
    expect(weekDays('2026-12-03').map((d) => d.date)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });

  it('keeps seven distinct days in the week clocks go back (2026-10-25)', () => {
    const days = weekDays('2026-10-25').map((d) => d.date);
    expect(days).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expectConsecutive(days);
  });

  it('keeps seven distinct days in the week clocks go forward (2026-03-29)', () => {
    const days = weekDays('2026-03-26').map((d) => d.date);
    expect(days[0]).toBe('2026-03-23');
    expect(days[6]).toBe('2026-03-29');
    expectConsecutive(days);
  });
});

describe('monthWeeks', () => {
  it('covers December 2026 from Monday 30 November to Sunday 3 January', () => {
    const weeks = monthWeeks('2026-12-15');
    expect(weeks).toHaveLength(5);
    const days = weeks.flat();
    expect(days[0]).toEqual({ date: '2026-11-30', inPeriod: false });
    expect(days[1]).toEqual({ date: '2026-12-01', inPeriod: true });
    expect(days.at(-1)).toEqual({ date: '2027-01-03', inPeriod: false });
    expect(days.filter((d) => d.inPeriod)).toHaveLength(31);
    expectConsecutive(days.map((d) => d.date));
    for (const week of weeks) expect(week).toHaveLength(7);
  });

  it('fits a February starting on Monday in four weeks, and a long month in six', () => {
    expect(monthWeeks('2027-02-10')).toHaveLength(4);
    // August 2026 starts on a Saturday and has 31 days.
    expect(monthWeeks('2026-08-01')).toHaveLength(6);
  });

  it('lists each day of October 2026 once despite the 25-hour day', () => {
    const days = calendarDays('2026-10-01', 'month');
    expectConsecutive(days.map((d) => d.date));
    expect(days.filter((d) => d.inPeriod).map((d) => d.date)).toContain('2026-10-25');
    expect(days.filter((d) => d.inPeriod)).toHaveLength(31);
    expect(days.filter((d) => d.date === '2026-10-25')).toHaveLength(1);
    expect(days.filter((d) => d.date === '2026-10-26')).toHaveLength(1);
  });
});

describe('calendarRange', () => {
  it('runs from local midnight to local midnight across the autumn change', () => {
    const range = calendarRange('2026-10-22', 'week', PARIS);
    // Monday 19 October 00:00 (UTC+2) to Monday 26 October 00:00 (UTC+1): one hour more than 7 days.
    expect(range.from.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(range.to.getTime() - range.from.getTime()).toBe(7 * 24 * HOUR + HOUR);
  });

  it('is one hour shorter across the spring change', () => {
    const range = calendarRange('2026-03-29', 'week', PARIS);
    expect(range.from.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(range.to.getTime() - range.from.getTime()).toBe(7 * 24 * HOUR - HOUR);
  });

  it('covers a month grid, neighbouring days included', () => {
    const range = calendarRange('2026-12-15', 'month', PARIS);
    expect(range.from.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(range.to.toISOString()).toBe('2027-01-03T23:00:00.000Z');
  });

  it('starts each day of the autumn week at its own midnight', () => {
    const starts = weekDays('2026-10-25').map((d) => startOfDay(d.date, PARIS).toISOString());
    expect(starts.at(-2)).toBe('2026-10-23T22:00:00.000Z');
    expect(starts.at(-1)).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDay('2026-10-26', PARIS).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('shiftAnchor', () => {
  it('moves by whole months from any day (31 January → 1 March via February)', () => {
    expect(shiftAnchor('2027-01-31', 'month', 1)).toBe('2027-02-01');
    expect(shiftAnchor('2027-02-01', 'month', 1)).toBe('2027-03-01');
    expect(shiftAnchor('2026-01-15', 'month', -1)).toBe('2025-12-01');
  });

  it('moves by weeks to the Monday, across the clock change', () => {
    expect(shiftAnchor('2026-10-22', 'week', 1)).toBe('2026-10-26');
    expect(shiftAnchor('2026-10-26', 'week', -1)).toBe('2026-10-19');
    expect(shiftAnchor('2026-10-19', 'week', -1)).toBe('2026-10-12');
  });
});

describe('sessionsByDay', () => {
  it('files sessions under their day in Paris, late evenings and the repeated hour included', () => {
    const at = (id: string, iso: string) => ({ id, startsAt: new Date(iso) });
    const byDay = sessionsByDay(
      [
        at('after-midnight', '2026-10-25T23:30:00Z'), // 00:30 on the 26th (UTC+1)
        at('late', '2026-10-25T22:30:00Z'), // 23:30 on the 25th (UTC+1)
        at('second-0230', '2026-10-25T01:30:00Z'), // 02:30 again, after clocks went back
        at('first-0230', '2026-10-25T00:30:00Z'), // 02:30 the first time (UTC+2)
        at('saturday-late', '2026-10-24T21:30:00Z'), // 23:30 on the 24th (UTC+2)
      ],
      PARIS,
    );
    expect(byDay.get('2026-10-25')?.map((s) => s.id)).toEqual(['first-0230', 'second-0230', 'late']);
    expect(byDay.get('2026-10-26')?.map((s) => s.id)).toEqual(['after-midnight']);
    expect(byDay.get('2026-10-24')?.map((s) => s.id)).toEqual(['saturday-late']);
  });
});
