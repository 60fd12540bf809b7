import { describe, expect, it } from 'vitest';
import {
  frenchDateTimeIn,
  instantOf,
  isoDateIn,
  parseWallClock,
  wallClockAt,
  type WallClock,
} from './zonedTime.ts';

const PARIS = 'Europe/Paris';

function paris(text: string): string {
  const wall = parseWallClock(text);
  if (!wall) throw new Error(`bad wall clock ${text}`);
  return instantOf(wall, PARIS).toISOString();
}

describe('Paris wall clocks and UTC instants', () => {
  it('uses summer time (UTC+2) and winter time (UTC+1)', () => {
    expect(paris('2026-07-01T09:00')).toBe('2026-07-01T07:00:00.000Z');
    expect(paris('2026-01-15T09:00')).toBe('2026-01-15T08:00:00.000Z');
  });

  it('changes offset on the last Sunday of October 2026', () => {
    expect(paris('2026-10-24T10:00')).toBe('2026-10-24T08:00:00.000Z');
    expect(paris('2026-10-25T10:00')).toBe('2026-10-25T09:00:00.000Z');
    expect(paris('2026-10-25T01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(paris('2026-10-25T03:30')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('takes a repeated autumn time at its first occurrence, moves a skipped spring time forward', () => {
    expect(paris('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(paris('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(paris('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(paris('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('reads back the wall clock it was given, around midnight too', () => {
    const walls: WallClock[] = [
      { year: 2026, month: 10, day: 25, hour: 0, minute: 0 },
      { year: 2026, month: 10, day: 25, hour: 23, minute: 59 },
      { year: 2026, month: 12, day: 31, hour: 23, minute: 30 },
      { year: 2027, month: 2, day: 28, hour: 12, minute: 5 },
    ];
    for (const wall of walls) expect(wallClockAt(instantOf(wall, PARIS), PARIS)).toEqual(wall);
  });

  it('works for another zone', () => {
    expect(
      instantOf({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'America/New_York').toISOString(),
    ).toBe('2026-07-01T13:00:00.000Z');
  });

  it('parses typed wall clocks and rejects impossible ones', () => {
    expect(parseWallClock('2026-10-25T10:05')).toEqual({
      year: 2026,
      month: 10,
      day: 25,
      hour: 10,
      minute: 5,
    });
    for (const text of ['2026-04-31T10:00', '2026-10-25T24:00', '2026-10-25 10:00', '2026-10-25T10:60', ''])
      expect(parseWallClock(text)).toBeNull();
  });

  it('formats instants in the zone', () => {
    const instant = new Date('2026-10-24T22:30:00Z');
    expect(isoDateIn(instant, PARIS)).toBe('2026-10-25');
    expect(frenchDateTimeIn(instant, PARIS)).toBe('25/10/2026 00:30');
    expect(frenchDateTimeIn(new Date('2026-03-05T08:07:00Z'), PARIS)).toBe('05/03/2026 09:07');
  });
});
