// CR-1, CR-4: what a product may be.
import { describe, expect, it } from 'vitest';
import { productFieldsSchema } from './products.ts';
import { createCheckoutInputSchema, returnToSchema } from './orders.ts';

const pack = {
  kind: 'credit-pack',
  name: 'Pack 5 crédits',
  credits: 5,
  priceCents: 4500,
  vatRate: 20,
  active: true,
};

describe('productFieldsSchema', () => {
  it('accepts a credit pack and a monthly subscription', () => {
    expect(productFieldsSchema.parse(pack)).toMatchObject({ ...pack, sortOrder: 0 });
    expect(productFieldsSchema.parse({ ...pack, kind: 'subscription', interval: 'month' }).interval).toBe(
      'month',
    );
  });

  it.each([
    [{ credits: 0 }, 'credits', 'creditsInvalid'],
    [{ credits: 2.5 }, 'credits', 'creditsInvalid'],
    [{ priceCents: 49 }, 'priceCents', 'priceInvalid'],
    [{ vatRate: 19.6 }, 'vatRate', 'vatRateInvalid'],
    [{ kind: 'subscription' }, 'interval', 'intervalInvalid'],
    [{ interval: 'month' }, 'interval', 'intervalInvalid'],
    [{ name: '  ' }, 'name', 'required'],
  ])('refuses %o', (change, path, message) => {
    const result = productFieldsSchema.safeParse({ ...pack, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
      path,
      message,
    ]);
  });
});

describe('createCheckoutInputSchema', () => {
  it('defaults the quantity to one', () => {
    expect(createCheckoutInputSchema.parse({ productId: 'pack-5' })).toEqual({
      productId: 'pack-5',
      quantity: 1,
    });
  });

  it.each(['/account', '/sessions/abc?from=shop'])('keeps the in-app path %s', (path) => {
    expect(returnToSchema.safeParse(path).success).toBe(true);
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'account', '/a b'])(
    'refuses the return path %s',
    (path) => {
      expect(returnToSchema.safeParse(path).success).toBe(false);
    },
  );

  it('refuses unknown fields and quantities out of range', () => {
    expect(createCheckoutInputSchema.safeParse({ productId: 'p', amountCents: 1 }).success).toBe(false);
    expect(createCheckoutInputSchema.safeParse({ productId: 'p', quantity: 21 }).success).toBe(false);
  });
});
