// The days the slot grid shows and how the member steps through them.
import { describe, expect, it } from 'vitest';
import { clampDay, dayBounds, parseSlotParams, shiftDay, slotParams, viewDays } from './views.ts';

const bounds = dayBounds('2026-06-03', 30);

describe('viewDays', () => {
  it('shows the chosen day alone, or its week from Monday to Sunday', () => {
    expect(viewDays('2026-06-03', 'day')).toEqual(['2026-06-03']);
    expect(viewDays('2026-06-03', 'week')).toEqual([
      '2026-06-01',
      '2026-06-02',
      '2026-06-03',
      '2026-06-04',
      '2026-06-05',
      '2026-06-06',
      '2026-06-07',
    ]);
  });

  it('keeps seven distinct days across the autumn clock change', () => {
    const week = viewDays('2026-10-25', 'week');
    expect(week[0]).toBe('2026-10-19');
    expect(week[6]).toBe('2026-10-25');
    expect(new Set(week).size).toBe(7);
  });
});

describe('bounds and steps', () => {
  it('offers today up to the booking window', () => {
    expect(bounds).toEqual({ min: '2026-06-03', max: '2026-07-03' });
    expect(clampDay('2026-05-20', bounds)).toBe('2026-06-03');
    expect(clampDay('2026-08-01', bounds)).toBe('2026-07-03');
    expect(clampDay('2026-06-10', bounds)).toBe('2026-06-10');
  });

  it('steps a day or a week, never before today nor past the window', () => {
    expect(shiftDay('2026-06-10', 'day', -1, bounds)).toBe('2026-06-09');
    expect(shiftDay('2026-06-10', 'week', 1, bounds)).toBe('2026-06-17');
    expect(shiftDay('2026-06-03', 'day', -1, bounds)).toBeNull();
    // The current week starts before today: there is no earlier week to show.
    expect(shiftDay('2026-06-05', 'week', -1, bounds)).toBeNull();
    // The next week is shown from its first bookable day on.
    expect(shiftDay('2026-06-12', 'week', -1, bounds)).toBe('2026-06-05');
    expect(shiftDay('2026-06-24', 'week', 1, bounds)).toBe('2026-07-01');
    // The week of 29 June holds the last bookable day: there is no later week.
    expect(shiftDay('2026-07-01', 'week', 1, bounds)).toBeNull();
    expect(shiftDay('2026-07-02', 'day', 1, bounds)).toBe('2026-07-03');
    expect(shiftDay('2026-07-03', 'day', 1, bounds)).toBeNull();
  });
});

describe('address', () => {
  it('reads the day and view, falling back on today and the day view', () => {
    expect(parseSlotParams(new URLSearchParams('date=2026-06-10&view=week'), bounds)).toEqual({
      date: '2026-06-10',
      view: 'week',
    });
    expect(parseSlotParams(new URLSearchParams('date=2026-02-30&view=month'), bounds)).toEqual({
      date: '2026-06-03',
      view: 'day',
    });
    expect(parseSlotParams(new URLSearchParams('date=2027-01-01'), bounds).date).toBe('2026-07-03');
  });

  it('writes only what differs from the defaults', () => {
    expect(slotParams({ date: '2026-06-03', view: 'day' }, bounds).toString()).toBe('');
    expect(slotParams({ date: '2026-06-10', view: 'week' }, bounds).toString()).toBe(
      'date=2026-06-10&view=week',
    );
  });
});
