// INV-2: one continuous sequence per series and year, `<prefix>-<year>-<6-digit sequence>`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOICE_KINDS } from '../schemas/invoices.ts';
import { fixtureInvoicing } from './fixtures.ts';
import { SEQUENCE_DIGITS, counterId, invoiceNumber, seriesPrefix } from './numbering.ts';

describe('invoiceNumber', () => {
  it.each([
    ['F', 2026, 123, 'F-2026-000123'],
    ['F', 2026, 1, 'F-2026-000001'],
    ['AV', 2027, 42, 'AV-2027-000042'],
    ['R', 2026, 999_999, 'R-2026-999999'],
    // Past six digits the number grows; it is never truncated into a duplicate.
    ['F', 2026, 1_000_000, 'F-2026-1000000'],
  ])('%s, %i, %i → %s', (prefix, year, sequence, expected) => {
    expect(invoiceNumber(prefix, year, sequence)).toBe(expected);
  });

  it('pads to six digits', () => {
    expect(SEQUENCE_DIGITS).toBe(6);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses the sequence %s',
    (sequence) => {
      expect(() => invoiceNumber('F', 2026, sequence)).toThrow(RangeError);
      expect(() => invoiceNumber('F', 2026, sequence)).toThrow(`invalid sequence ${sequence}`);
    },
  );

  it('numbers of a series sort in the order of their sequence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999 }), (a, b) => {
        expect(invoiceNumber('F', 2026, a) < invoiceNumber('F', 2026, b)).toBe(a < b);
      }),
    );
  });

  it('gives distinct sequences distinct numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 1, max: 5_000_000 }), (a, b) => {
        fc.pre(a !== b);
        expect(invoiceNumber('F', 2026, a)).not.toBe(invoiceNumber('F', 2026, b));
      }),
    );
  });
});

describe('seriesPrefix', () => {
  it.each([
    ['invoice', 'F'],
    ['credit-note', 'AV'],
    ['statement', 'R'],
  ] as const)('%s → %s (settings.invoicing.prefixes)', (kind, prefix) => {
    expect(seriesPrefix(fixtureInvoicing, kind)).toBe(prefix);
  });

  it('reads the prefixes from settings', () => {
    const prefixes = { invoice: 'FAC', creditNote: 'AVR', statement: 'REL' };
    expect(INVOICE_KINDS.map((kind) => seriesPrefix({ prefixes }, kind))).toEqual(['FAC', 'AVR', 'REL']);
  });
});

describe('counterId', () => {
  it('names one counter per kind and year', () => {
    expect(counterId('invoice', 2026)).toBe('invoice-2026');
    expect(counterId('credit-note', 2026)).toBe('credit-note-2026');
    expect(counterId('statement', 2027)).toBe('statement-2027');
  });

  it('never shares a counter between two series or two years', () => {
    const ids = INVOICE_KINDS.flatMap((kind) => [2026, 2027].map((year) => counterId(kind, year)));
    expect(new Set(ids).size).toBe(INVOICE_KINDS.length * 2);
  });
});
