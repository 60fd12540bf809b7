import { describe, expect, it } from 'vitest';
import {
  addRange,
  changeRange,
  closedWeek,
  copyMondayToWorkingDays,
  nextRange,
  normalizeWallTime,
  removeRange,
  wallTimeText,
  weekWith,
} from './openingHoursEditing.ts';

const morning = { open: '09:00', close: '12:00' };

describe('normalizeWallTime', () => {
  it('writes the times staff type as HH:MM', () => {
    expect(normalizeWallTime('9')).toBe('09:00');
    expect(normalizeWallTime(' 9h30 ')).toBe('09:30');
    expect(normalizeWallTime('18.15')).toBe('18:15');
    expect(normalizeWallTime('8:05')).toBe('08:05');
    expect(normalizeWallTime('14h')).toBe('14:00');
    expect(normalizeWallTime('24:00')).toBe('24:00');
  });

  it('leaves what is no time for the schema to refuse', () => {
    expect(normalizeWallTime('9h75')).toBe('9h75');
    expect(normalizeWallTime('25')).toBe('25');
    expect(normalizeWallTime('midi')).toBe('midi');
    expect(normalizeWallTime('')).toBe('');
  });
});

describe('wallTimeText', () => {
  it('pads hours and minutes and names the end of the day 24:00', () => {
    expect(wallTimeText(545)).toBe('09:05');
    expect(wallTimeText(1440)).toBe('24:00');
  });
});

describe('ranges of a day', () => {
  it('start a closed day at 09:00 for half a day', () => {
    expect(nextRange([], 60)).toEqual({ open: '09:00', close: '13:00' });
    expect(addRange(closedWeek(), '3', 60)['3']).toEqual([{ open: '09:00', close: '13:00' }]);
  });

  it('add the next range from the last closing, in whole slots, within the day', () => {
    expect(nextRange([morning], 90)).toEqual({ open: '12:00', close: '15:00' });
    expect(nextRange([{ open: '09:00', close: '22:00' }], 60)).toEqual({ open: '22:00', close: '24:00' });
    expect(nextRange([{ open: '09:00', close: '23:30' }], 60)).toBeNull();
  });

  it('add no range past the sixth or after an unreadable closing', () => {
    const six = Array.from({ length: 6 }, (_, hour) => ({
      open: wallTimeText((8 + hour) * 60),
      close: wallTimeText((9 + hour) * 60),
    }));
    expect(nextRange(six, 60)).toBeNull();
    expect(nextRange([{ open: '09:00', close: 'midi' }], 60)).toBeNull();
    const week = weekWith(['1'], six);
    expect(addRange(week, '1', 60)).toBe(week);
  });

  it('remove and change one range, leaving the others', () => {
    const week = weekWith(['1'], [morning, { open: '14:00', close: '18:00' }]);
    expect(removeRange(week, '1', 0)['1']).toEqual([{ open: '14:00', close: '18:00' }]);
    expect(changeRange(week, '1', 1, { close: '19:00' })['1']).toEqual([
      morning,
      { open: '14:00', close: '19:00' },
    ]);
    expect(week['1']).toEqual([morning, { open: '14:00', close: '18:00' }]);
  });

  it('copy Monday to Tuesday–Friday, not to the weekend', () => {
    const week = weekWith(['1'], [morning]);
    week['6'] = [{ open: '10:00', close: '12:00' }];
    const copied = copyMondayToWorkingDays(week);
    expect(copied['5']).toEqual([morning]);
    expect(copied['2']).toEqual([morning]);
    expect(copied['6']).toEqual([{ open: '10:00', close: '12:00' }]);
    expect(copied['0']).toEqual([]);
    // Copies, not shared objects: editing Tuesday later leaves Monday alone.
    expect(copied['2'][0]).not.toBe(week['1'][0]);
  });
});
