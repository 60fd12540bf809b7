import { describe, expect, it } from 'vitest';
import { timeZoneOptions } from './timeZones.ts';

describe('timeZoneOptions', () => {
  it('list the runtime zones with Europe/Paris, sorted', () => {
    const zones = timeZoneOptions('Europe/Paris');
    expect(zones).toContain('Europe/Paris');
    expect(zones).toContain('America/Guadeloupe');
    expect(zones).toEqual([...zones].sort((a, b) => a.localeCompare(b)));
  });

  it('keep the current value even when the list lacks it', () => {
    expect(timeZoneOptions(' UTC ', ['Europe/London'])).toEqual(['Europe/London', 'Europe/Paris', 'UTC']);
    expect(timeZoneOptions('', ['Europe/Paris'])).toEqual(['Europe/Paris']);
  });
});
