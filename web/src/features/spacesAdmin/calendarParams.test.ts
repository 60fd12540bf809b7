import { describe, expect, it } from 'vitest';
import { readCalendarParams, writeCalendarParams } from './calendarParams.ts';

const TODAY = '2026-03-02';

describe('readCalendarParams', () => {
  it('reads the view, day and resource the address names', () => {
    const params = new URLSearchParams('date=2026-04-15&view=day&resource=room-a&cancelled=1');
    expect(readCalendarParams(params, TODAY)).toEqual({
      view: 'day',
      date: '2026-04-15',
      resource: 'room-a',
      showCancelled: true,
    });
  });

  it('falls back to this week, every resource, no cancelled bookings', () => {
    expect(readCalendarParams(new URLSearchParams(''), TODAY)).toEqual({
      view: 'week',
      date: TODAY,
      resource: null,
      showCancelled: false,
    });
  });

  it('ignores an unknown view, a day that does not exist and "all"', () => {
    const params = new URLSearchParams('view=year&date=2026-02-30&resource=all');
    expect(readCalendarParams(params, TODAY)).toEqual({
      view: 'week',
      date: TODAY,
      resource: null,
      showCancelled: false,
    });
  });
});

describe('writeCalendarParams', () => {
  it('changes what is given and keeps the rest', () => {
    const current = new URLSearchParams('view=day&date=2026-04-15&resource=room-a&cancelled=1');
    const next = writeCalendarParams(current, { view: 'month', resource: null, showCancelled: false });
    expect(next.toString()).toBe('view=month&date=2026-04-15');
    expect(current.get('resource')).toBe('room-a');
  });

  it('writes a resource and the cancelled switch', () => {
    const next = writeCalendarParams(new URLSearchParams(''), {
      resource: 'desk',
      showCancelled: true,
      date: TODAY,
    });
    expect(readCalendarParams(next, '2000-01-01')).toEqual({
      view: 'week',
      date: TODAY,
      resource: 'desk',
      showCancelled: true,
    });
  });
});
