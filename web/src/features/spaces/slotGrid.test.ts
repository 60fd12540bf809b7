// The grid's columns and the state each slot shows.
import { describe, expect, it } from 'vitest';
import { availability } from '@agora/domain';
import { gridColumns, showsSeats, slotState, slotTestId } from './slotGrid.ts';
import { PARIS, testResource } from './testResource.ts';

// Wednesday 3 June 2026, 10:30 in Paris (UTC+2).
const now = '2026-06-03T08:30:00Z';

describe('slotState', () => {
  it('names why each slot cannot be booked', () => {
    const slots = availability({
      resource: testResource({ closedDates: ['2026-06-05'] }),
      timeZone: PARIS,
      now,
      bookings: [{ start: '2026-06-03T13:00:00Z', end: '2026-06-03T14:00:00Z', seats: 4 }],
      blocks: [{ start: '2026-06-03T14:00:00Z', end: '2026-06-03T15:00:00Z' }],
      from: '2026-06-03',
      to: '2026-06-05',
    });
    const stateAt = (date: string, time: string) =>
      slotState(
        slots.find((slot) => slot.localDate === date && slot.localTime === time) ?? { available: false },
      );
    expect(stateAt('2026-06-03', '09:00')).toBe('notice');
    expect(stateAt('2026-06-03', '11:00')).toBe('notice');
    expect(stateAt('2026-06-03', '14:00')).toBe('free');
    expect(stateAt('2026-06-03', '15:00')).toBe('full');
    expect(stateAt('2026-06-03', '16:00')).toBe('blocked');
    expect(stateAt('2026-06-05', '09:00')).toBe('closed');
    expect(slotState({ available: true })).toBe('free');
    expect(slotState({ available: false, reason: 'window' })).toBe('window');
  });
});

describe('gridColumns', () => {
  it('puts each slot under its day, in time order, closed days empty', () => {
    const slots = availability({
      resource: testResource(),
      timeZone: PARIS,
      now,
      bookings: [],
      blocks: [],
      from: '2026-06-05',
      to: '2026-06-07',
    });
    const columns = gridColumns(['2026-06-05', '2026-06-06', '2026-06-07'], [...slots].reverse());
    expect(columns.map((column) => column.date)).toEqual(['2026-06-05', '2026-06-06', '2026-06-07']);
    expect(columns[0]?.slots.map((slot) => slot.localTime)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
    expect(columns[1]?.slots).toEqual([]);
    expect(columns[2]?.slots).toEqual([]);
  });

  it('names slot buttons by local day and time', () => {
    expect(slotTestId({ localDate: '2026-06-05', localTime: '09:00' })).toBe('slot-2026-06-05-09:00');
  });

  it('counts seats only for shared resources with a free slot', () => {
    expect(showsSeats(4, 'free')).toBe(true);
    expect(showsSeats(1, 'free')).toBe(false);
    expect(showsSeats(4, 'full')).toBe(false);
  });
});
