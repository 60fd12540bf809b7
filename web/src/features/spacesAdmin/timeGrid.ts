// Layout of the day and week views: a table whose rows are the start times of the slots shown and
// whose columns are (resource, day) pairs. Resources have different slot lengths, so a slot spans
// the rows of the times inside it (a 60-minute slot covers the 09:00 and 09:30 rows that a
// 30-minute room needs); hours outside the opening ranges are empty cells. Each booking is placed
// once, in the slot holding its start, and each block in the first slot it covers; what falls
// outside every slot (hours changed since, a closed day) is listed apart, so nothing is hidden.
import { parseWallTime, toMs } from '@agora/domain';
import type { SpaceBlockInterval, SpaceBookingRecord } from '../../lib/firebase/spaces.ts';
import type { DaySlot } from './slotStates.ts';

export interface GridColumnInput {
  key: string;
  resourceId: string;
  localDate: string;
  /** The day's instants, [midnight, next midnight). */
  dayStartMs: number;
  dayEndMs: number;
  slots: readonly DaySlot[];
  /** The resource's bookings to show (any day: the column keeps those starting on its day). */
  bookings: readonly SpaceBookingRecord[];
  blocks: readonly SpaceBlockInterval[];
}

export interface SlotCell {
  kind: 'slot';
  slot: DaySlot;
  rowSpan: number;
  bookings: SpaceBookingRecord[];
  blocks: SpaceBlockInterval[];
}

/** `empty`: no slot at that time (closed hours); `covered`: under the previous slot's span. */
export type GridCell = SlotCell | { kind: 'empty' } | { kind: 'covered' };

export interface GridColumn {
  key: string;
  resourceId: string;
  localDate: string;
  /** One per row. */
  cells: GridCell[];
  /** Shown under the grid: they start in no slot of the day. */
  outside: { bookings: SpaceBookingRecord[]; blocks: SpaceBlockInterval[] };
}

export interface TimeGrid {
  /** Row start times, 'HH:MM'. */
  rows: string[];
  columns: GridColumn[];
}

interface Placed {
  slot: DaySlot;
  startMinute: number;
  bookings: SpaceBookingRecord[];
  blocks: SpaceBlockInterval[];
}

function minuteOf(slot: DaySlot): number {
  return parseWallTime(slot.localTime) ?? 0;
}

/**
 * The column's slots in time order, one per wall time: on the autumn change a slot whose label
 * repeats an earlier one (the hour the clock shows twice) shares its row, so it is folded into it.
 */
function placeSlots(column: GridColumnInput): Placed[] {
  const placed: Placed[] = [];
  const seen = new Set<string>();
  for (const slot of column.slots) {
    if (seen.has(slot.localTime)) continue;
    seen.add(slot.localTime);
    placed.push({ slot, startMinute: minuteOf(slot), bookings: [], blocks: [] });
  }
  return placed;
}

function layoutColumn(column: GridColumnInput, rows: readonly number[]): GridColumn {
  const placed = placeSlots(column);
  const outside: GridColumn['outside'] = { bookings: [], blocks: [] };
  for (const booking of column.bookings) {
    const start = booking.startsAt.getTime();
    if (booking.resourceId !== column.resourceId || start < column.dayStartMs || start >= column.dayEndMs)
      continue;
    const home = placed.find((cell) => cell.slot.startMs <= start && start < cell.slot.endMs);
    if (home) home.bookings.push(booking);
    else outside.bookings.push(booking);
  }
  for (const block of column.blocks) {
    const [start, end] = [toMs(block.start), toMs(block.end)];
    if (end <= column.dayStartMs || start >= column.dayEndMs) continue;
    const home = placed.find((cell) => cell.slot.startMs < end && start < cell.slot.endMs);
    if (home) home.blocks.push(block);
    else outside.blocks.push(block);
  }

  const cells: GridCell[] = [];
  let coveredUntil = -1;
  for (const row of rows) {
    const cell = placed.find((candidate) => candidate.startMinute === row);
    if (cell) {
      const length = (cell.slot.endMs - cell.slot.startMs) / 60_000;
      const rowSpan = rows.filter((other) => other >= row && other < row + length).length;
      cells.push({ kind: 'slot', slot: cell.slot, rowSpan, bookings: cell.bookings, blocks: cell.blocks });
      coveredUntil = row + length;
    } else {
      cells.push(row < coveredUntil ? { kind: 'covered' } : { kind: 'empty' });
    }
  }
  return { key: column.key, resourceId: column.resourceId, localDate: column.localDate, cells, outside };
}

function wallTimeText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function layoutTimeGrid(columns: readonly GridColumnInput[]): TimeGrid {
  const starts = new Set<number>();
  for (const column of columns) for (const slot of column.slots) starts.add(minuteOf(slot));
  const rows = [...starts].sort((a, b) => a - b);
  return { rows: rows.map(wallTimeText), columns: columns.map((column) => layoutColumn(column, rows)) };
}

/** Whether any column has something outside its slots (the grid then shows an extra line). */
export function hasOutside(grid: TimeGrid): boolean {
  return grid.columns.some(
    (column) => column.outside.bookings.length > 0 || column.outside.blocks.length > 0,
  );
}
