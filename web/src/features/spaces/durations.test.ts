import { describe, expect, it } from 'vitest';
import { durationKey, minutesParts } from './durations.ts';

describe('durations', () => {
  it('splits minutes into hours and minutes', () => {
    expect(minutesParts(90)).toEqual({ hours: 1, minutes: 30 });
    expect(minutesParts(480)).toEqual({ hours: 8, minutes: 0 });
    expect(minutesParts(-5)).toEqual({ hours: 0, minutes: 0 });
  });

  it('picks the text that reads naturally', () => {
    expect(durationKey(45)).toBe('minutes');
    expect(durationKey(120)).toBe('hours');
    expect(durationKey(150)).toBe('hoursMinutes');
  });
});
