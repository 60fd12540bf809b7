import { describe, expect, it } from 'vitest';
import type { ProductRecord } from '../../lib/firebase/billing.ts';
import {
  EMPTY_PRODUCT,
  parseProductForm,
  productValuesFromRecord,
  productWrite,
  type ProductFormValues,
} from './productForm.ts';

const pack: ProductFormValues = {
  ...EMPTY_PRODUCT,
  name: ' Pack 5 crédits ',
  credits: '5',
  price: '45,00',
  vatRate: '20',
};

describe('parseProductForm', () => {
  it('turns a credit pack form into the schema fields, price in cents', () => {
    const parsed = parseProductForm({ ...pack, interval: 'month' });
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'credit-pack',
        name: 'Pack 5 crédits',
        description: undefined,
        credits: 5,
        priceCents: 4500,
        vatRate: 20,
        interval: undefined,
        active: true,
        sortOrder: 0,
      },
    });
  });

  it('keeps the interval of a subscription and reads decimal VAT rates', () => {
    const parsed = parseProductForm({
      ...pack,
      kind: 'subscription',
      interval: 'year',
      vatRate: '5.5',
      price: '99.90',
      sortOrder: '3',
      description: 'Dix crédits par an',
    });
    expect(parsed.ok && parsed.value).toMatchObject({
      kind: 'subscription',
      interval: 'year',
      vatRate: 5.5,
      priceCents: 9990,
      sortOrder: 3,
      description: 'Dix crédits par an',
    });
  });

  it('reports each invalid field with its message key', () => {
    const parsed = parseProductForm({
      ...EMPTY_PRODUCT,
      kind: 'subscription',
      credits: '1,5',
      price: '0,10',
      vatRate: '7',
      sortOrder: '-1',
    });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        name: 'required',
        credits: 'creditsInvalid',
        price: 'priceInvalid',
        vatRate: 'vatRateInvalid',
        interval: 'intervalInvalid',
        sortOrder: 'sortOrderInvalid',
      },
    });
  });

  it('refuses a price it cannot read', () => {
    const parsed = parseProductForm({ ...pack, price: 'quarante' });
    expect(parsed).toEqual({ ok: false, errors: { price: 'priceInvalid' } });
  });
});

describe('productWrite', () => {
  it('leaves out an empty description and a pack interval, and removes them on update', () => {
    const parsed = parseProductForm(pack);
    if (!parsed.ok) throw new Error('expected a valid form');
    const write = productWrite(parsed.value);
    expect(write.fields).toEqual({
      kind: 'credit-pack',
      name: 'Pack 5 crédits',
      credits: 5,
      priceCents: 4500,
      vatRate: 20,
      active: true,
      sortOrder: 0,
    });
    expect(Object.values(write.fields)).not.toContain(undefined);
    expect(write.remove).toEqual(['description', 'interval']);
  });

  it('writes description and interval when set', () => {
    const parsed = parseProductForm({
      ...pack,
      kind: 'subscription',
      interval: 'month',
      description: 'Chaque mois',
    });
    if (!parsed.ok) throw new Error('expected a valid form');
    const write = productWrite(parsed.value);
    expect(write.fields).toMatchObject({ description: 'Chaque mois', interval: 'month' });
    expect(write.remove).toEqual([]);
  });
});

describe('productValuesFromRecord', () => {
  it('fills the form from a stored product, price in the interface language', () => {
    const product: ProductRecord = {
      id: 'p1',
      kind: 'subscription',
      name: 'Mensuel',
      description: null,
      credits: 10,
      priceCents: 8990,
      vatRate: 5.5,
      interval: 'month',
      active: false,
      sortOrder: 2,
    };
    expect(productValuesFromRecord(product, 'fr')).toEqual({
      kind: 'subscription',
      name: 'Mensuel',
      description: '',
      credits: '10',
      price: '89,90',
      vatRate: '5.5',
      interval: 'month',
      sortOrder: '2',
      active: false,
    });
  });
});
