import { describe, expect, it } from 'vitest';
import { monthWeeks } from './calendarRange.ts';
import { PARIS, spaceBooking } from './fixtures.ts';
import { monthDays } from './monthGrid.ts';

describe('monthDays', () => {
  const weeks = monthWeeks('2026-03-18');
  const evening = spaceBooking('evening', '2026-03-02T17:00:00Z', '2026-03-02T18:00:00Z');
  const morning = spaceBooking('morning', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z');
  // 00:30 in Paris on 3 March is still 2 March in UTC: it belongs to the 3rd.
  const night = spaceBooking('night', '2026-03-02T23:30:00Z', '2026-03-03T00:30:00Z');
  // From Paris midnight starting the 4th to 09:00 on the 5th.
  const block = {
    blockId: 'b',
    reason: 'maintenance' as const,
    start: '2026-03-03T23:00:00Z',
    end: '2026-03-05T08:00:00Z',
  };
  const days = monthDays(weeks, '2026-03-18', [evening, night, morning], [block], PARIS);
  const day = (localDate: string) => days.flat().find((candidate) => candidate.localDate === localDate);

  it('keeps the grid’s shape and dims the days of other months', () => {
    expect(days.map((week) => week.length)).toEqual([7, 7, 7, 7, 7, 7]);
    expect(day('2026-02-23')?.inMonth).toBe(false);
    expect(day('2026-03-01')?.inMonth).toBe(true);
  });

  it('puts each booking on its Paris day, in time order', () => {
    expect(day('2026-03-02')?.bookings.map((booking) => booking.id)).toEqual(['morning', 'evening']);
    expect(day('2026-03-03')?.bookings.map((booking) => booking.id)).toEqual(['night']);
  });

  it('counts a block on every day it touches', () => {
    expect(
      ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((date) => day(date)?.blockCount),
    ).toEqual([0, 1, 1, 0]);
  });
});
