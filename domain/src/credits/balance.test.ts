// CR-6: a balance never goes below zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextBalance } from './balance.ts';

describe('nextBalance', () => {
  it.each([
    [0, 5, { ok: true, balance: 5 }],
    [5, -5, { ok: true, balance: 0 }],
    [5, -6, { ok: false, reason: 'insufficient-credits' }],
    [0, -1, { ok: false, reason: 'insufficient-credits' }],
    [3, 0, { ok: true, balance: 3 }],
  ])('applies %i %i', (balance, delta, expected) => {
    expect(nextBalance(balance, delta)).toEqual(expected);
  });

  it('refuses a negative or non-integer balance or delta', () => {
    expect(() => nextBalance(-1, 1)).toThrow(RangeError);
    expect(() => nextBalance(1.5, 1)).toThrow(RangeError);
    expect(() => nextBalance(1, Number.NaN)).toThrow(RangeError);
  });

  it('accepts exactly the deltas that keep the balance non-negative', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: -1_000_000, max: 1_000_000 }), (balance, delta) => {
        const result = nextBalance(balance, delta);
        expect(result.ok).toBe(balance + delta >= 0);
        if (result.ok) expect(result.balance).toBe(balance + delta);
      }),
    );
  });
});
