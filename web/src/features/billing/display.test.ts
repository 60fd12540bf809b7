import { describe, expect, it } from 'vitest';
import { formatVatRate, knownPaymentMethod } from './display.ts';

describe('display helpers', () => {
  it('writes VAT rates in the interface language', () => {
    expect(formatVatRate(5.5, 'fr')).toBe('5,5 %');
    expect(formatVatRate(20, 'fr')).toBe('20 %');
    expect(formatVatRate(2.1, 'en')).toBe('2.1%');
  });

  it('names the payment methods it knows', () => {
    expect(knownPaymentMethod('sepa_debit')).toBe('sepa_debit');
    expect(knownPaymentMethod('klarna')).toBeNull();
    expect(knownPaymentMethod(null)).toBeNull();
  });
});
