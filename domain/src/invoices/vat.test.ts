// INV-2: VAT taken out of prices that include it, in integer cents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netFromGross, splitGross } from './vat.ts';

const RATES = [0, 2.1, 5.5, 10, 20] as const;

describe('netFromGross and splitGross: known values', () => {
  // Worked by hand: net = round(gross / (1 + rate / 100)), VAT = gross - net.
  it.each([
    // 4500 / 1.2 = 3750 exactly.
    [4500, 20, 3750, 750],
    // 1000 / 1.055 = 947.867… → 948; 1000 - 948 = 52.
    [1000, 5.5, 948, 52],
    // 999 / 1.021 = 978.452… → 978; 999 - 978 = 21.
    [999, 2.1, 978, 21],
    // 7900 / 1.2 = 6583.333… → 6583; 7900 - 6583 = 1317 (the demo monthly plan).
    [7900, 20, 6583, 1317],
    // 1800 / 1.2 = 1500 exactly (two credits at 9,00 €).
    [1800, 20, 1500, 300],
    // 1000 / 1.1 = 909.090… → 909; 1000 - 909 = 91.
    [1000, 10, 909, 91],
    // 8500 / 1.055 = 8056.872… → 8057; 8500 - 8057 = 443.
    [8500, 5.5, 8057, 443],
    // 9 / 1.2 = 7.5 exactly: a tie goes to the net (rounded up), the VAT takes the rest.
    [9, 20, 8, 1],
    // 3 / 1.2 = 2.5 → 3: on a 3-cent price the VAT rounds to nothing.
    [3, 20, 3, 0],
    [0, 20, 0, 0],
    [1234, 0, 1234, 0],
  ])('%i cents at %s %% → net %i, VAT %i', (gross, rate, net, vat) => {
    expect(netFromGross(gross, rate)).toBe(net);
    expect(splitGross(gross, rate)).toEqual({ netCents: net, vatCents: vat });
  });

  it('takes no VAT out when there is no rate (exempt, out of scope, franchise)', () => {
    expect(splitGross(4500, null)).toEqual({ netCents: 4500, vatCents: 0 });
    expect(splitGross(0, null)).toEqual({ netCents: 0, vatCents: 0 });
  });

  it('reads decimal rates in tenths, whatever their binary representation', () => {
    // 2.1 * 10 is 21.000000000000004 in floating point; 0.1 + 0.2 is 0.30000000000000004.
    expect(netFromGross(999, 2.1)).toBe(978);
    expect(netFromGross(999, 21 / 10)).toBe(978);
    expect(netFromGross(10_000, 0.1 + 0.2)).toBe(9970); // 10000 / 1.003 = 9970.089…
  });
});

describe('netFromGross and splitGross: properties', () => {
  const gross = fc.integer({ min: 0, max: 10_000_000 });
  const rate = fc.constantFrom(...RATES);

  it('net + VAT = gross, both non-negative', () => {
    fc.assert(
      fc.property(gross, rate, (grossCents, vatRate) => {
        const { netCents, vatCents } = splitGross(grossCents, vatRate);
        expect(Number.isInteger(netCents)).toBe(true);
        expect(Number.isInteger(vatCents)).toBe(true);
        expect(netCents + vatCents).toBe(grossCents);
        expect(netCents).toBeGreaterThanOrEqual(0);
        expect(vatCents).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('the net is the exact amount excluding VAT rounded to the nearest cent', () => {
    fc.assert(
      fc.property(gross, rate, (grossCents, vatRate) => {
        const exact = grossCents / (1 + vatRate / 100);
        expect(Math.abs(netFromGross(grossCents, vatRate) - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
    );
  });

  it('the printed VAT is the rate applied to the printed net, within 0,6 cent', () => {
    // VAT - net × r = (1 + r) × (exact net - net), at most 0.5 × 1.2 cents.
    fc.assert(
      fc.property(gross, rate, (grossCents, vatRate) => {
        const { netCents, vatCents } = splitGross(grossCents, vatRate);
        expect(Math.abs(vatCents - (netCents * vatRate) / 100)).toBeLessThanOrEqual(0.6 + 1e-6);
      }),
    );
  });

  it('a dearer price never has a smaller net', () => {
    fc.assert(
      fc.property(gross, fc.integer({ min: 0, max: 10_000 }), rate, (grossCents, more, vatRate) => {
        expect(netFromGross(grossCents + more, vatRate)).toBeGreaterThanOrEqual(
          netFromGross(grossCents, vatRate),
        );
      }),
    );
  });
});
