import { describe, expect, it } from 'vitest';
import { eurosInputValue, parseEuros } from './euros.ts';

describe('parseEuros', () => {
  it.each([
    ['45,00', 4500],
    ['45.00', 4500],
    ['45', 4500],
    ['45,5', 4550],
    ['0,50', 50],
    ['0.07', 7],
    [' 12,34 ', 1234],
    ['1 200,50', 120050],
    ['1\u202f200,50 €', 120050],
    ['1200€', 120000],
    ['007,10', 710],
    ['19,99', 1999],
    ['0', 0],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(['', ' ', 'abc', '-5', '45,', ',50', '45,001', '1.000,00', '12a', '1e3', '4,5,6', '9999999999'])(
    'refuses %j',
    (text) => {
      expect(parseEuros(text)).toBeNull();
    },
  );

  it('never rounds through floating point', () => {
    for (let cents = 0; cents < 2000; cents += 1) {
      expect(parseEuros(eurosInputValue(cents, 'fr'))).toBe(cents);
      expect(parseEuros(eurosInputValue(cents, 'en'))).toBe(cents);
    }
  });
});

describe('eurosInputValue', () => {
  it('writes cents with the decimal mark of the language', () => {
    expect(eurosInputValue(4500, 'fr')).toBe('45,00');
    expect(eurosInputValue(4500, 'en')).toBe('45.00');
    expect(eurosInputValue(5, 'fr')).toBe('0,05');
    expect(eurosInputValue(123456, 'en')).toBe('1234.56');
  });
});
