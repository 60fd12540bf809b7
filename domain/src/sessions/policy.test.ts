// CAPS-2, CAPS-5, CAPS-6: bookable, cancellable, reminders due.
import { describe, expect, it } from 'vitest';
import { canMemberCancel, dueReminders, isBookable } from './policy.ts';

const at = (iso: string) => new Date(iso);

describe('isBookable', () => {
  const session = { published: true, status: 'scheduled' as const, startsAt: at('2026-12-01T09:00:00Z') };
  it('accepts a published, scheduled session that has not started', () => {
    expect(isBookable(session, at('2026-12-01T08:59:59Z'))).toBe(true);
  });
  it.each([
    ['unpublished', { published: false }, '2026-11-30T09:00:00Z'],
    ['cancelled', { status: 'cancelled' as const }, '2026-11-30T09:00:00Z'],
    ['started', {}, '2026-12-01T09:00:00Z'],
  ])('refuses a session %s', (_, change, now) => {
    expect(isBookable({ ...session, ...change }, at(now))).toBe(false);
  });
});

describe('canMemberCancel', () => {
  it('allows cancelling until the window opens, not after', () => {
    const startsAt = at('2026-12-01T09:00:00Z');
    expect(canMemberCancel(startsAt, 24, at('2026-11-30T09:00:00Z'))).toBe(true);
    expect(canMemberCancel(startsAt, 24, at('2026-11-30T09:00:01Z'))).toBe(false);
    expect(canMemberCancel(startsAt, 0, at('2026-12-01T08:59:00Z'))).toBe(true);
  });
});

describe('dueReminders', () => {
  const startsAt = at('2026-12-01T09:00:00Z');
  const bookedAt = at('2026-11-20T10:00:00Z');
  it.each([
    ['2026-11-30T08:59:59Z', []],
    ['2026-11-30T09:00:00Z', [24]],
    ['2026-12-01T07:00:00Z', [24, 2]],
    ['2026-12-01T09:00:00Z', []],
  ])('at %s sends %o', (now, expected) => {
    expect(dueReminders({ startsAt, bookedAt }, [2, 24, 24], at(now))).toEqual(expected);
  });
  it('skips a reminder whose moment had passed when the member booked', () => {
    expect(
      dueReminders({ startsAt, bookedAt: at('2026-12-01T06:00:00Z') }, [24, 2], at('2026-12-01T07:30:00Z')),
    ).toEqual([2]);
    expect(
      dueReminders({ startsAt, bookedAt: at('2026-12-01T08:00:00Z') }, [24, 2], at('2026-12-01T08:30:00Z')),
    ).toEqual([]);
  });
  it('handles the October DST change by working on instants', () => {
    // 25 Oct 2026: Paris goes from UTC+2 to UTC+1; 24 h before 09:00 (UTC+1) is 10:00 the day before, local time.
    const session = at('2026-10-26T08:00:00Z');
    expect(
      dueReminders(
        { startsAt: session, bookedAt: at('2026-10-01T00:00:00Z') },
        [24],
        at('2026-10-25T08:00:00Z'),
      ),
    ).toEqual([24]);
  });
});
