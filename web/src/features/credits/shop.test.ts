import { describe, expect, it } from 'vitest';
import {
  checkoutTarget,
  parseQuantity,
  pricePerCreditCents,
  QUANTITY_OPTIONS,
  safeReturnTo,
} from './shop.ts';

describe('quantities', () => {
  it('offers 1 to 20, the most one order accepts', () => {
    expect(QUANTITY_OPTIONS[0]).toBe(1);
    expect(QUANTITY_OPTIONS.at(-1)).toBe(20);
    expect(QUANTITY_OPTIONS).toHaveLength(20);
  });

  it.each([
    ['3', 3],
    ['20', 20],
    ['21', 20],
    ['0', 1],
    ['-4', 1],
    ['', 1],
    ['abc', 1],
  ])('reads %j as %i', (value, expected) => {
    expect(parseQuantity(value)).toBe(expected);
  });
});

describe('pricePerCreditCents', () => {
  it('divides the price by the credits, rounded to the cent', () => {
    expect(pricePerCreditCents(4500, 5)).toBe(900);
    expect(pricePerCreditCents(10000, 3)).toBe(3333);
    expect(pricePerCreditCents(20000, 6)).toBe(3333);
    expect(pricePerCreditCents(999, 2)).toBe(500);
  });

  it('has no answer without credits', () => {
    expect(pricePerCreditCents(4500, 0)).toBeNull();
    expect(pricePerCreditCents(Number.NaN, 5)).toBeNull();
  });
});

describe('safeReturnTo', () => {
  it('keeps paths inside the app', () => {
    expect(safeReturnTo('/sessions/s1')).toBe('/sessions/s1');
    expect(safeReturnTo('/spaces/room-a?date=2026-05-15')).toBe('/spaces/room-a?date=2026-05-15');
  });

  it.each([
    null,
    undefined,
    '',
    'https://evil.example/phish',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    'sessions/s1',
    '/with space',
    `/${'a'.repeat(300)}`,
  ])('drops %j', (value) => {
    expect(safeReturnTo(value)).toBeUndefined();
  });
});

describe('checkoutTarget', () => {
  const origin = 'http://127.0.0.1:5173';

  it('opens the demo checkout in the app, whatever origin the server built it with', () => {
    expect(checkoutTarget('/checkout/demo/o1', origin)).toEqual({ kind: 'app', path: '/checkout/demo/o1' });
    expect(checkoutTarget('http://127.0.0.1:5000/checkout/demo/o1', origin)).toEqual({
      kind: 'app',
      path: '/checkout/demo/o1',
    });
  });

  it('keeps other same-origin paths in the app', () => {
    expect(checkoutTarget(`${origin}/checkout/return?order=o1`, origin)).toEqual({
      kind: 'app',
      path: '/checkout/return?order=o1',
    });
  });

  it('leaves for Stripe through a full page load', () => {
    const url = 'https://checkout.stripe.com/c/pay/cs_test_a1#fid';
    expect(checkoutTarget(url, origin)).toEqual({ kind: 'external', url });
  });
});
