// CR-3, PAY-4: what an order charges and grants, what a refund takes back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditsToReverse, orderTotals } from './pricing.ts';

describe('orderTotals', () => {
  it('multiplies price and credits by the quantity', () => {
    expect(orderTotals({ priceCents: 4500, credits: 5 }, 3)).toEqual({ amountCents: 13500, credits: 15 });
  });

  it('refuses a quantity below one or not whole', () => {
    expect(() => orderTotals({ priceCents: 100, credits: 1 }, 0)).toThrow(RangeError);
    expect(() => orderTotals({ priceCents: 100, credits: 1 }, 1.5)).toThrow(RangeError);
  });
});

describe('creditsToReverse', () => {
  const payment = { amountCents: 5000, credits: 5, reversedCredits: 0 };

  it.each([
    [5000, 5],
    [2500, 3],
    [1, 1],
    [0, 0],
    [9999, 5],
  ])('refunded %i cents of 5000 for 5 credits takes back %i', (refunded, expected) => {
    expect(creditsToReverse(payment, refunded)).toBe(expected);
  });

  it('takes back only what was not taken back already', () => {
    expect(creditsToReverse({ ...payment, reversedCredits: 3 }, 5000)).toBe(2);
    expect(creditsToReverse({ ...payment, reversedCredits: 3 }, 2500)).toBe(0);
  });

  it('never takes back more than was granted, whatever the order of cumulative refunds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 100_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 6 }),
        (amountCents, credits, refunds) => {
          let reversedCredits = 0;
          for (const refunded of refunds) {
            reversedCredits += creditsToReverse({ amountCents, credits, reversedCredits }, refunded);
          }
          const largest = Math.min(Math.max(0, ...refunds), amountCents);
          expect(reversedCredits).toBe(Math.ceil((credits * largest) / amountCents));
          expect(reversedCredits).toBeLessThanOrEqual(credits);
        },
      ),
    );
  });
});
