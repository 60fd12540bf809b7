import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { dayPickerValue, pickedDay, pickerInstant, pickerValueAt } from './zonedPicker.ts';

const PARIS = 'Europe/Paris';

describe('date-time pickers in the organisation zone', () => {
  it('show an instant as the Paris wall clock', () => {
    const value = pickerValueAt(Date.parse('2026-03-02T08:00:00Z'), PARIS);
    expect(value.format('YYYY-MM-DD HH:mm')).toBe('2026-03-02 09:00');
  });

  it('read the wall clock typed as the Paris instant, summer and winter', () => {
    const winter = pickerValueAt(Date.parse('2026-03-02T08:00:00Z'), PARIS);
    expect(pickerInstant(winter, PARIS)).toEqual(new Date('2026-03-02T08:00:00Z'));
    const summer = pickerValueAt(Date.parse('2026-07-01T12:30:00Z'), PARIS);
    expect(pickerInstant(summer, PARIS)).toEqual(new Date('2026-07-01T12:30:00Z'));
  });

  it('read a time skipped in spring as the instant the clock jumps', () => {
    // A value whose fields read 02:30 on the day Paris skips from 02:00 to 03:00.
    const skipped = dayjs.utc('2026-03-29T02:30:00Z');
    expect(pickerInstant(skipped, PARIS)).toEqual(new Date('2026-03-29T01:00:00Z'));
  });

  it('tell an empty picker from one partly typed', () => {
    expect(pickerInstant(null, PARIS)).toBeNull();
    expect(pickerInstant(dayjs('not a date'), PARIS)).toBe('invalid');
  });
});

describe('day pickers', () => {
  it('go from a calendar day to the picker and back unchanged', () => {
    expect(pickedDay(dayPickerValue('2026-10-25'))).toBe('2026-10-25');
    expect(pickedDay(null)).toBeNull();
    expect(pickedDay(dayjs('nope'))).toBeNull();
  });
});
