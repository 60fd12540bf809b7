import { describe, expect, it } from 'vitest';
import { dayBounds } from './calendarRange.ts';
import { MONDAY, NOW_MS, PARIS, room, spaceBooking } from './fixtures.ts';
import { daySlots } from './slotStates.ts';
import { hasOutside, layoutTimeGrid, type GridCell, type GridColumnInput } from './timeGrid.ts';
import type { SpaceBookingRecord } from '../../lib/firebase/spaces.ts';

const desk = {
  ...room,
  id: 'desk',
  slotMinutes: 30,
  openingHours: { ...room.openingHours, '1': [{ open: '08:30', close: '10:00' }] },
};

function column(
  resource: typeof room,
  localDate: string,
  bookings: SpaceBookingRecord[] = [],
  blocks: GridColumnInput['blocks'] = [],
): GridColumnInput {
  return {
    key: `${resource.id}-${localDate}`,
    resourceId: resource.id,
    localDate,
    ...(() => {
      const { startMs, endMs } = dayBounds(localDate, PARIS);
      return { dayStartMs: startMs, dayEndMs: endMs };
    })(),
    slots: daySlots(resource, localDate, undefined, PARIS, NOW_MS),
    bookings,
    blocks,
  };
}

/** A cell as one short word: the slot's time and row span, or what stands in for it. */
function shape(cell: GridCell | undefined): string {
  if (cell === undefined) return '?';
  return cell.kind === 'slot' ? `${cell.slot.localTime}×${cell.rowSpan}` : cell.kind;
}

describe('layoutTimeGrid', () => {
  it('rows every slot start of the columns, empty where a resource is closed', () => {
    const grid = layoutTimeGrid([column(room, MONDAY)]);
    expect(grid.rows).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00', '17:00']);
    expect(grid.columns[0]?.cells.map(shape)).toEqual([
      '09:00×1',
      '10:00×1',
      '11:00×1',
      '14:00×1',
      '15:00×1',
      '16:00×1',
      '17:00×1',
    ]);
  });

  it('spans a long slot over the rows of shorter ones beside it', () => {
    const grid = layoutTimeGrid([column(room, MONDAY), column(desk, MONDAY)]);
    expect(grid.rows.slice(0, 5)).toEqual(['08:30', '09:00', '09:30', '10:00', '11:00']);
    expect(grid.columns[0]?.cells.slice(0, 5).map(shape)).toEqual([
      'empty',
      '09:00×2',
      'covered',
      '10:00×1',
      '11:00×1',
    ]);
    expect(grid.columns[1]?.cells.slice(0, 5).map(shape)).toEqual([
      '08:30×1',
      '09:00×1',
      '09:30×1',
      'empty',
      'empty',
    ]);
  });

  it('places a booking once, in the slot of its start, and keeps the day’s own', () => {
    const long = spaceBooking('long', '2026-03-02T08:00:00Z', '2026-03-02T10:00:00Z');
    const late = spaceBooking('late', '2026-03-02T16:30:00Z', '2026-03-02T17:00:00Z');
    const tuesday = spaceBooking('tue', '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z');
    const other = spaceBooking('other', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z', {
      resourceId: 'desk',
    });
    const grid = layoutTimeGrid([column(room, MONDAY, [long, late, tuesday, other])]);
    const placed = grid.columns[0]?.cells.map((cell) =>
      cell.kind === 'slot' ? cell.bookings.map((booking) => booking.id) : [],
    );
    expect(placed).toEqual([['long'], [], [], [], [], [], ['late']]);
    expect(hasOutside(grid)).toBe(false);
  });

  it('lists apart what starts in no slot', () => {
    const lunch = spaceBooking('lunch', '2026-03-02T11:30:00Z', '2026-03-02T12:30:00Z');
    const grid = layoutTimeGrid([column(room, MONDAY, [lunch])]);
    expect(grid.columns[0]?.outside.bookings.map((booking) => booking.id)).toEqual(['lunch']);
    expect(hasOutside(grid)).toBe(true);
  });

  it('places a block in the first slot it covers, or apart on a closed day', () => {
    const block = {
      blockId: 'block_room_1',
      reason: 'private' as const,
      start: Date.parse('2026-03-02T09:30:00Z'),
      end: Date.parse('2026-03-07T12:00:00Z'),
    };
    const monday = layoutTimeGrid([column(room, MONDAY, [], [block])]);
    const blocksPerCell = monday.columns[0]?.cells.map((cell) =>
      cell.kind === 'slot' ? cell.blocks.length : 0,
    );
    expect(blocksPerCell).toEqual([0, 1, 0, 0, 0, 0, 0]);
    const saturday = layoutTimeGrid([column(room, '2026-03-07', [], [block])]);
    expect(saturday.rows).toEqual([]);
    expect(saturday.columns[0]?.outside.blocks).toEqual([block]);
    const sunday = layoutTimeGrid([column(room, '2026-03-08', [], [block])]);
    expect(sunday.columns[0]?.outside.blocks).toEqual([]);
  });
});
