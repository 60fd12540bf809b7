import { describe, expect, it } from 'vitest';
import { MONDAY, NOW_MS, PARIS, room, spaceBooking } from './fixtures.ts';
import { columnKey, gridColumns } from './gridColumns.ts';

describe('gridColumns', () => {
  const desk = { ...room, id: 'desk', name: 'Poste 1' };
  const held = {
    bookings: [
      {
        bookingId: 'b1',
        start: Date.parse('2026-03-02T08:00:00Z'),
        end: Date.parse('2026-03-02T09:00:00Z'),
        seats: 1,
      },
    ],
    blocks: [],
  };
  const columns = gridColumns({
    resources: [room, desk],
    days: [MONDAY, '2026-03-03'],
    occupancy: new Map([['room', held]]),
    bookings: [spaceBooking('b1', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z')],
    timeZone: PARIS,
    nowMs: NOW_MS,
  });

  it('makes one column per resource and day, resource by resource', () => {
    expect(columns.map((column) => column.key)).toEqual([
      'room_2026-03-02',
      'room_2026-03-03',
      'desk_2026-03-02',
      'desk_2026-03-03',
    ]);
    expect(columnKey('room', MONDAY)).toBe('room_2026-03-02');
  });

  it('colours each resource’s slots from its own capacity documents', () => {
    expect(columns[0]?.slots[0]?.state).toBe('booked');
    expect(columns[2]?.slots[0]?.state).toBe('free');
  });

  it('hands each column its resource’s bookings only', () => {
    expect(columns[0]?.bookings.map((booking) => booking.id)).toEqual(['b1']);
    expect(columns[2]?.bookings).toEqual([]);
  });
});
