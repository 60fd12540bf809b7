import { describe, expect, it } from 'vitest';
import { addLeadTime, removeLeadTime } from './leadTimes.ts';

describe('reminder lead times', () => {
  it('add a whole number of hours, longest first', () => {
    expect(addLeadTime([24], ' 2 ')).toEqual({ ok: true, list: [24, 2] });
    expect(addLeadTime([2], '48')).toEqual({ ok: true, list: [48, 2] });
    expect(addLeadTime([], '720')).toEqual({ ok: true, list: [720] });
  });

  it('refuse values out of bounds, unreadable or repeated', () => {
    expect(addLeadTime([], '0')).toEqual({ ok: false, error: 'reminderLeadTimesInvalid' });
    expect(addLeadTime([], '721')).toEqual({ ok: false, error: 'reminderLeadTimesInvalid' });
    expect(addLeadTime([], '1,5')).toEqual({ ok: false, error: 'reminderLeadTimesInvalid' });
    expect(addLeadTime([], '')).toEqual({ ok: false, error: 'reminderLeadTimesInvalid' });
    expect(addLeadTime([24, 2], '24')).toEqual({ ok: false, error: 'leadTimeDuplicate' });
  });

  it('hold five reminders at most', () => {
    expect(addLeadTime([72, 48, 24, 12, 2], '1')).toEqual({ ok: false, error: 'reminderLeadTimesInvalid' });
  });

  it('remove one value, keeping the others in order', () => {
    expect(removeLeadTime([48, 24, 2], 24)).toEqual([48, 2]);
    expect(removeLeadTime([48], 3)).toEqual([48]);
  });
});
