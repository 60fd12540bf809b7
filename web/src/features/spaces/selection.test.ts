// The lengths and seats offered from a clicked slot, and the check of a move.
import { describe, expect, it } from 'vitest';
import { availability, type AvailabilityContext, type BookingInterval } from '@agora/domain';
import { checkMove, durationChoices, nextSelection, resolveSelection, seatChoices } from './selection.ts';
import { PARIS, testResource } from './testResource.ts';

// Wednesday 3 June 2026, 08:00 in Paris; the slots below are on Thursday 4 June (UTC+2).
function context(bookings: BookingInterval[] = []): AvailabilityContext {
  return { resource: testResource(), timeZone: PARIS, now: '2026-06-03T06:00:00Z', bookings, blocks: [] };
}
const DAY = '2026-06-04';
const NINE = '2026-06-04T07:00:00.000Z';
const TEN = '2026-06-04T08:00:00.000Z';
const ELEVEN = '2026-06-04T09:00:00.000Z';

function slotAt(ctx: AvailabilityContext, start: string) {
  return availability({ ...ctx, from: '2026-06-04', to: '2026-06-04' }).find((slot) => slot.start === start);
}

describe('durationChoices', () => {
  it('offers the slots up to the end of the opening range', () => {
    expect(durationChoices(context(), NINE, 1)).toEqual([
      { slotCount: 1, end: TEN },
      { slotCount: 2, end: ELEVEN },
      { slotCount: 3, end: '2026-06-04T10:00:00.000Z' },
    ]);
  });

  it('stops before a slot without enough seats', () => {
    const busy = context([{ start: ELEVEN, end: '2026-06-04T10:00:00.000Z', seats: 3 }]);
    expect(durationChoices(busy, NINE, 1).map((choice) => choice.slotCount)).toEqual([1, 2, 3]);
    expect(durationChoices(busy, NINE, 2).map((choice) => choice.slotCount)).toEqual([1, 2]);
  });

  it('offers nothing from a start that is not a slot, or too soon', () => {
    expect(durationChoices(context(), '2026-06-04T07:30:00.000Z', 1)).toEqual([]);
    expect(durationChoices(context(), '2026-06-03T06:30:00.000Z', 1)).toEqual([]);
  });
});

describe('seatChoices', () => {
  it('counts from 1 to the seats left of a free slot', () => {
    expect(seatChoices({ available: true, seatsLeft: 3 })).toEqual([1, 2, 3]);
    expect(seatChoices({ available: false, seatsLeft: 3 })).toEqual([]);
    expect(seatChoices(undefined)).toEqual([]);
  });
});

describe('resolveSelection', () => {
  it('covers the chosen slots', () => {
    const ctx = context();
    expect(
      resolveSelection(ctx, { start: NINE, localDate: DAY, slotCount: 2, seats: 2 }, slotAt(ctx, NINE)),
    ).toEqual({
      start: NINE,
      end: ELEVEN,
      slotCount: 2,
      seats: 2,
      covered: [NINE, TEN],
    });
  });

  it('shrinks the length and seats to what others left', () => {
    const ctx = context([
      { start: NINE, end: TEN, seats: 1 },
      { start: TEN, end: ELEVEN, seats: 4 },
    ]);
    expect(
      resolveSelection(ctx, { start: NINE, localDate: DAY, slotCount: 3, seats: 4 }, slotAt(ctx, NINE)),
    ).toEqual({
      start: NINE,
      end: TEN,
      slotCount: 1,
      seats: 3,
      covered: [NINE],
    });
  });

  it('gives nothing once the start slot is taken', () => {
    const ctx = context([{ start: NINE, end: TEN, seats: 4 }]);
    expect(
      resolveSelection(ctx, { start: NINE, localDate: DAY, slotCount: 1, seats: 1 }, slotAt(ctx, NINE)),
    ).toBeNull();
  });
});

describe('checkMove', () => {
  it('keeps the length and checks the new span', () => {
    const ctx = context([{ start: '2026-06-04T12:00:00.000Z', end: '2026-06-04T13:00:00.000Z', seats: 4 }]);
    const moved = checkMove(ctx, { start: NINE, durationMs: 2 * 3_600_000, seats: 2 });
    expect(moved.ok).toBe(true);
    expect(moved.end).toBe(ELEVEN);
    // 10:00-12:00 runs past the morning's closing time.
    expect(checkMove(ctx, { start: TEN, durationMs: 3 * 3_600_000, seats: 1 })).toEqual({
      ok: false,
      reason: 'misaligned',
      end: '2026-06-04T11:00:00.000Z',
    });
    // 14:00 is full.
    expect(checkMove(ctx, { start: '2026-06-04T12:00:00.000Z', durationMs: 3_600_000, seats: 1 })).toEqual({
      ok: false,
      reason: 'full',
      end: '2026-06-04T13:00:00.000Z',
    });
  });
});

describe('nextSelection', () => {
  const ctx = context();
  const atNine = { start: NINE, localDate: DAY, slotCount: 1, seats: 2 };

  it('starts a booking on the clicked slot, keeping the seats chosen', () => {
    expect(nextSelection(ctx, null, { start: TEN, localDate: DAY })).toEqual({
      start: TEN,
      localDate: DAY,
      slotCount: 1,
      seats: 1,
    });
    expect(
      nextSelection(ctx, atNine, { start: '2026-06-05T07:00:00.000Z', localDate: '2026-06-05' }),
    ).toEqual({
      start: '2026-06-05T07:00:00.000Z',
      localDate: '2026-06-05',
      slotCount: 1,
      seats: 2,
    });
  });

  it('stretches a single slot to a later one it can reach', () => {
    expect(nextSelection(ctx, atNine, { start: ELEVEN, localDate: DAY })).toEqual({
      ...atNine,
      slotCount: 3,
    });
    // 14:00 lies past the midday closing: a new booking starts there.
    expect(nextSelection(ctx, atNine, { start: '2026-06-04T12:00:00.000Z', localDate: DAY })).toEqual({
      ...atNine,
      start: '2026-06-04T12:00:00.000Z',
    });
    // A range already picked: the next click starts a new one.
    expect(nextSelection(ctx, { ...atNine, slotCount: 2 }, { start: ELEVEN, localDate: DAY })).toEqual({
      ...atNine,
      start: ELEVEN,
    });
    // An earlier slot starts afresh too.
    expect(nextSelection(ctx, { ...atNine, start: TEN }, { start: NINE, localDate: DAY })).toEqual(atNine);
  });
});
