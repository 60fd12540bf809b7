// The correction dialog: prefilled from the original buyer, checked field by field, and sent as
// correctInvoice expects (buyer in full for a corrective invoice, left out for a credit note only).
import { describe, expect, it } from 'vitest';
import { correctInvoiceInputSchema } from '@agora/domain';
import type { InvoiceBuyer } from '../../lib/firebase/invoices.ts';
import {
  correctionFieldOf,
  correctionValues,
  parseCorrection,
  type CorrectionValues,
} from './correctionForm.ts';

const buyer: InvoiceBuyer = {
  name: 'Hélène Aubigné',
  address: {
    line1: '3 rue des Lilas',
    line2: 'Bâtiment B',
    postalCode: '69003',
    city: 'Lyon',
    country: 'FR',
  },
  email: 'helene@example.test',
  company: { name: 'Aubigné Conseil', siren: '123456789', vatNumber: 'FR12123456789' },
};
const invoice = { id: 'inv_1', buyer };

const values = (patch: Partial<CorrectionValues> = {}): CorrectionValues => ({
  ...correctionValues(invoice),
  reason: 'Raison sociale erronée',
  ...patch,
});

describe('correction form', () => {
  it('starts from the original buyer, corrective invoice ticked', () => {
    expect(correctionValues(invoice)).toEqual({
      reason: '',
      reissue: true,
      name: 'Hélène Aubigné',
      company: 'Aubigné Conseil',
      siren: '123456789',
      vatNumber: 'FR12123456789',
      line1: '3 rue des Lilas',
      postalCode: '69003',
      city: 'Lyon',
    });
    expect(correctionValues({ buyer: null })).toMatchObject({ name: '', company: '', reissue: true });
  });

  it('requires a reason', () => {
    expect(parseCorrection(values({ reason: '   ' }), invoice)).toEqual({
      ok: false,
      errors: { reason: 'reasonRequired' },
    });
    expect(parseCorrection(values({ reason: 'x'.repeat(501) }), invoice)).toEqual({
      ok: false,
      errors: { reason: 'tooLong' },
    });
  });

  it('sends the buyer in full for a corrective invoice, the untouched parts kept', () => {
    const parsed = parseCorrection(
      values({ company: 'Aubigné Conseil SARL', vatNumber: 'fr 12 123456789', siren: '123 456 789' }),
      invoice,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        invoiceId: 'inv_1',
        reason: 'Raison sociale erronée',
        buyer: {
          name: 'Hélène Aubigné',
          address: {
            line1: '3 rue des Lilas',
            line2: 'Bâtiment B',
            postalCode: '69003',
            city: 'Lyon',
            country: 'FR',
          },
          email: 'helene@example.test',
          company: { name: 'Aubigné Conseil SARL', siren: '123456789', vatNumber: 'FR12123456789' },
        },
      },
    });
    if (parsed.ok) expect(correctInvoiceInputSchema.safeParse(parsed.value).success).toBe(true);
  });

  it('drops the address complement when the street line changes, and the company when emptied', () => {
    const parsed = parseCorrection(
      values({ line1: '8 avenue Foch', company: '', siren: '', vatNumber: '' }),
      invoice,
    );
    expect(parsed.ok && parsed.value.buyer).toEqual({
      name: 'Hélène Aubigné',
      address: { line1: '8 avenue Foch', postalCode: '69003', city: 'Lyon', country: 'FR' },
      email: 'helene@example.test',
    });
  });

  it('leaves the buyer out for a credit note only, whatever the buyer fields hold', () => {
    expect(parseCorrection(values({ reissue: false, name: '', postalCode: 'abc' }), invoice)).toEqual({
      ok: true,
      value: { invoiceId: 'inv_1', reason: 'Raison sociale erronée' },
    });
  });

  it('checks the buyer of a corrective invoice', () => {
    expect(
      parseCorrection(
        values({ name: ' ', line1: '', postalCode: '6900', city: '', siren: '12345' }),
        invoice,
      ),
    ).toEqual({
      ok: false,
      errors: {
        name: 'required',
        line1: 'required',
        postalCode: 'postalCodeInvalid',
        city: 'required',
        siren: 'sirenInvalid',
      },
    });
    expect(parseCorrection(values({ company: '', siren: '', vatNumber: 'FR12123456789' }), invoice)).toEqual({
      ok: false,
      errors: { company: 'required' },
    });
    expect(parseCorrection(values({ city: 'x'.repeat(101) }), invoice)).toEqual({
      ok: false,
      errors: { city: 'tooLong' },
    });
  });

  it('accepts a foreign postal code for a buyer abroad', () => {
    const abroad = { id: 'inv_2', buyer: { ...buyer, address: { ...buyer.address, country: 'BE' } } };
    const parsed = parseCorrection(
      { ...correctionValues(abroad), reason: 'Adresse', postalCode: '1000' },
      abroad,
    );
    expect(parsed.ok && parsed.value.buyer?.address).toMatchObject({ postalCode: '1000', country: 'BE' });
  });

  it('refuses an invoice id the callable would refuse', () => {
    expect(parseCorrection(values(), { id: 'bad id', buyer })).toEqual({
      ok: false,
      errors: { reason: 'invalid' },
    });
  });

  it('puts the server issues under their fields', () => {
    expect(correctionFieldOf('buyer.address.postalCode')).toBe('postalCode');
    expect(correctionFieldOf('buyer.company.siren')).toBe('siren');
    expect(correctionFieldOf('reason')).toBe('reason');
    expect(correctionFieldOf('invoiceId')).toBeNull();
  });
});
