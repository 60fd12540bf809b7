// The ways a resource is paid for and what a booking costs.
import { describe, expect, it } from 'vitest';
import { bookingTotal, effectivePayWith, missingCredits, payOptions } from './pricing.ts';

describe('payOptions', () => {
  it('offers what the resource accepts, credits first', () => {
    expect(payOptions({ creditCost: 2, priceCents: 1500, includedInPlan: true })).toEqual([
      'credits',
      'card',
      'plan',
    ]);
    expect(payOptions({ priceCents: 1500, includedInPlan: false })).toEqual(['card']);
    expect(payOptions({ includedInPlan: true })).toEqual(['plan']);
    expect(payOptions({ includedInPlan: false })).toEqual([]);
  });

  it('keeps the member choice only while the resource accepts it', () => {
    expect(effectivePayWith({ creditCost: 2, priceCents: 1500, includedInPlan: false }, 'card')).toBe('card');
    expect(effectivePayWith({ creditCost: 2, includedInPlan: false }, 'card')).toBe('credits');
    expect(effectivePayWith({ includedInPlan: true }, null)).toBe('plan');
    expect(effectivePayWith({ includedInPlan: false }, 'plan')).toBeNull();
  });
});

describe('bookingTotal', () => {
  const resource = { creditCost: 2, priceCents: 1500, includedInPlan: true };

  it('charges per slot, whatever the seats', () => {
    expect(bookingTotal(resource, 'credits', 3)).toEqual({ payWith: 'credits', credits: 6 });
    expect(bookingTotal(resource, 'card', 3)).toEqual({ payWith: 'card', cents: 4500 });
    expect(bookingTotal(resource, 'plan', 3)).toEqual({ payWith: 'plan' });
    expect(bookingTotal({ includedInPlan: false }, 'credits', 1)).toBeNull();
  });

  it('says how many credits are missing', () => {
    expect(missingCredits({ payWith: 'credits', credits: 6 }, 4)).toBe(2);
    expect(missingCredits({ payWith: 'credits', credits: 6 }, 9)).toBe(0);
    expect(missingCredits({ payWith: 'credits', credits: 6 }, null)).toBe(0);
    expect(missingCredits({ payWith: 'card', cents: 4500 }, 0)).toBe(0);
  });
});
