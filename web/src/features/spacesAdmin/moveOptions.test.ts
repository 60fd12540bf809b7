import { describe, expect, it } from 'vitest';
import { MONDAY, NOW_MS, PARIS, room } from './fixtures.ts';
import { moveStarts } from './moveOptions.ts';

const at = (iso: string) => Date.parse(iso);
const booking = {
  id: 'mine',
  startsAt: new Date('2026-03-02T08:00:00Z'),
  endsAt: new Date('2026-03-02T10:00:00Z'),
  seats: 1,
};
const capacityOne = { ...room, capacity: 1 };

function starts(occupancy: Parameters<typeof moveStarts>[0]['occupancy']): string[] {
  return moveStarts({
    resource: capacityOne,
    localDate: MONDAY,
    timeZone: PARIS,
    nowMs: NOW_MS,
    occupancy,
    booking,
  }).map((slot) => slot.localTime);
}

describe('moveStarts', () => {
  it('offers the starts where the whole length fits in one opening range', () => {
    expect(starts(undefined)).toEqual(['10:00', '14:00', '15:00', '16:00']);
  });

  it('does not count the booking’s own seats against it', () => {
    const own = {
      bookingId: 'mine',
      start: at('2026-03-02T08:00:00Z'),
      end: at('2026-03-02T10:00:00Z'),
      seats: 1,
    };
    expect(starts({ bookings: [own], blocks: [] })).toEqual(['10:00', '14:00', '15:00', '16:00']);
  });

  it('leaves out what another booking or a block takes', () => {
    // Paris times: another booking 16:00–17:00, a block 10:00–11:00.
    const other = {
      bookingId: 'other',
      start: at('2026-03-02T16:00:00+01:00'),
      end: at('2026-03-02T17:00:00+01:00'),
      seats: 1,
    };
    const block = {
      blockId: 'b',
      reason: 'maintenance' as const,
      start: at('2026-03-02T10:00:00+01:00'),
      end: at('2026-03-02T11:00:00+01:00'),
    };
    expect(starts({ bookings: [other], blocks: [block] })).toEqual(['14:00']);
  });
});
