import { describe, expect, it } from 'vitest';
import { companyWrite, EMPTY_COMPANY, parseCompanyForm } from './companyForm.ts';

describe('parseCompanyForm', () => {
  it('normalises SIREN and VAT number and leaves empty fields out', () => {
    const parsed = parseCompanyForm({
      ...EMPTY_COMPANY,
      name: ' Atelier Lumière ',
      siren: '123 456 789',
      vatNumber: 'fr 12 123456789',
      memberUids: ['u1', 'u2'],
    });
    if (!parsed.ok) throw new Error('expected a valid form');
    expect(parsed.value).toMatchObject({
      name: 'Atelier Lumière',
      siren: '123456789',
      vatNumber: 'FR12123456789',
      memberUids: ['u1', 'u2'],
    });
    const write = companyWrite(parsed.value);
    expect(write.fields).toEqual({
      name: 'Atelier Lumière',
      siren: '123456789',
      vatNumber: 'FR12123456789',
      memberUids: ['u1', 'u2'],
    });
    expect(write.remove).toEqual(['billingEmail']);
  });

  it('reports invalid fields with their message keys', () => {
    expect(
      parseCompanyForm({
        name: '',
        siren: '12345',
        vatNumber: '',
        billingEmail: 'compta@',
        memberUids: ['u1', 'u1'],
      }),
    ).toEqual({
      ok: false,
      errors: {
        name: 'required',
        siren: 'sirenInvalid',
        billingEmail: 'emailInvalid',
        memberUids: 'uidsInvalid',
      },
    });
  });

  it('removes every optional field left empty', () => {
    const parsed = parseCompanyForm({ ...EMPTY_COMPANY, name: 'Solo' });
    if (!parsed.ok) throw new Error('expected a valid form');
    expect(companyWrite(parsed.value)).toEqual({
      fields: { name: 'Solo', memberUids: [] },
      remove: ['siren', 'vatNumber', 'billingEmail'],
    });
  });
});
