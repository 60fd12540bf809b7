import { describe, expect, it } from 'vitest';
import { isSameValue } from './sameValue.ts';

describe('isSameValue', () => {
  it('compares objects key by key, whatever the order, undefined keys counting as absent', () => {
    expect(isSameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(isSameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(isSameValue({ a: 1 }, { a: 1, b: null })).toBe(false);
  });

  it('compares arrays item by item and in order', () => {
    expect(isSameValue([24, 2], [24, 2])).toBe(true);
    expect(isSameValue([24, 2], [2, 24])).toBe(false);
    expect(isSameValue([1], [1, 1])).toBe(false);
    expect(isSameValue([1], { 0: 1 })).toBe(false);
  });

  it('compares instants by their time and other values by identity', () => {
    const at = (iso: string) => ({ toDate: () => new Date(iso) });
    expect(isSameValue(at('2026-05-01T10:00:00Z'), at('2026-05-01T10:00:00Z'))).toBe(true);
    expect(isSameValue(at('2026-05-01T10:00:00Z'), new Date('2026-05-01T11:00:00Z'))).toBe(false);
    expect(isSameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(isSameValue('1', 1)).toBe(false);
    expect(isSameValue(null, undefined)).toBe(false);
  });
});
