import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '@agora/domain';
import { mondayFirstIndex, WEEKDAY_NAMES, WEEKDAYS_MONDAY_FIRST, WORKING_DAYS } from './weekdays.ts';

describe('weekdays', () => {
  it('list the schema keys Monday first, Sunday last', () => {
    expect(WEEKDAYS_MONDAY_FIRST.map((day) => WEEKDAY_NAMES[day])).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
    expect([...WEEKDAYS_MONDAY_FIRST].sort()).toEqual([...WEEKDAYS]);
  });

  it('place each weekday in its Monday-first column', () => {
    expect(WEEKDAYS_MONDAY_FIRST.map(mondayFirstIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(mondayFirstIndex('0')).toBe(6);
  });

  it('call Monday to Friday the working days', () => {
    expect(WORKING_DAYS.map((day) => WEEKDAY_NAMES[day])).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
    ]);
  });
});
