import { describe, expect, it } from 'vitest';
import { MONDAY, NOW_MS, PARIS, room } from './fixtures.ts';
import { canBlock, canStartBooking, daySlots } from './slotStates.ts';

const at = (iso: string) => Date.parse(iso);

describe('daySlots', () => {
  it('lists the opening hours’ slots in Paris time, all free on an empty day', () => {
    const slots = daySlots(room, MONDAY, undefined, PARIS, NOW_MS);
    expect(slots.map((slot) => slot.localTime)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
    expect(slots[0]).toMatchObject({
      start: '2026-03-02T08:00:00.000Z',
      state: 'free',
      seatsLeft: 4,
      seatsHeld: 0,
    });
  });

  it('marks booked the slots where seats are held, with what is left', () => {
    const occupancy = {
      bookings: [
        { bookingId: 'b1', start: at('2026-03-02T09:00:00Z'), end: at('2026-03-02T11:00:00Z'), seats: 3 },
      ],
      blocks: [],
    };
    const slots = daySlots(room, MONDAY, occupancy, PARIS, NOW_MS);
    expect(slots.map((slot) => [slot.localTime, slot.state, slot.seatsLeft])).toEqual([
      ['09:00', 'free', 4],
      ['10:00', 'booked', 1],
      ['11:00', 'booked', 1],
      ['14:00', 'free', 4],
      ['15:00', 'free', 4],
      ['16:00', 'free', 4],
      ['17:00', 'free', 4],
    ]);
  });

  it('forgets an unpaid hold once it has lapsed', () => {
    const hold = {
      bookingId: 'b1',
      start: at('2026-03-02T08:00:00Z'),
      end: at('2026-03-02T09:00:00Z'),
      seats: 1,
    };
    const lapsed = { bookings: [{ ...hold, heldUntil: NOW_MS - 1 }], blocks: [] };
    const pending = { bookings: [{ ...hold, heldUntil: NOW_MS + 60_000 }], blocks: [] };
    expect(daySlots(room, MONDAY, lapsed, PARIS, NOW_MS)[0]?.state).toBe('free');
    expect(daySlots(room, MONDAY, pending, PARIS, NOW_MS)[0]?.state).toBe('booked');
  });

  it('marks blocked the slots a block covers, even partly', () => {
    const occupancy = {
      bookings: [],
      blocks: [
        {
          blockId: 'block_room',
          reason: 'maintenance' as const,
          start: at('2026-03-02T13:30:00Z'),
          end: at('2026-03-02T14:30:00Z'),
        },
      ],
    };
    const states = daySlots(room, MONDAY, occupancy, PARIS, NOW_MS).map((slot) => slot.state);
    // 14:30–15:30 in Paris: half of the 14:00 slot and half of the 15:00 one.
    expect(states).toEqual(['free', 'free', 'free', 'blocked', 'blocked', 'free', 'free']);
  });

  it('marks every slot closed on a closed date or an inactive resource', () => {
    const closedDay = daySlots({ ...room, closedDates: [MONDAY] }, MONDAY, undefined, PARIS, NOW_MS);
    expect(new Set(closedDay.map((slot) => slot.state))).toEqual(new Set(['closed']));
    const inactive = daySlots({ ...room, active: false }, MONDAY, undefined, PARIS, NOW_MS);
    expect(new Set(inactive.map((slot) => slot.state))).toEqual(new Set(['closed']));
    expect(daySlots(room, '2026-03-07', undefined, PARIS, NOW_MS)).toEqual([]);
  });
});

describe('slot actions', () => {
  const [first] = daySlots(room, MONDAY, undefined, PARIS, NOW_MS);
  if (!first) throw new Error('Monday has slots');

  it('let staff book a free slot ahead, not one already begun or full', () => {
    expect(canStartBooking(first, NOW_MS)).toBe(true);
    expect(canStartBooking(first, first.startMs)).toBe(false);
    expect(canStartBooking({ ...first, state: 'booked', seatsLeft: 0 }, NOW_MS)).toBe(false);
    expect(canStartBooking({ ...first, state: 'booked', seatsLeft: 2 }, NOW_MS)).toBe(true);
  });

  it('let staff block what is not blocked or closed yet', () => {
    expect(canBlock(first)).toBe(true);
    expect(canBlock({ ...first, state: 'booked' })).toBe(true);
    expect(canBlock({ ...first, state: 'blocked' })).toBe(false);
    expect(canBlock({ ...first, state: 'closed' })).toBe(false);
  });
});
