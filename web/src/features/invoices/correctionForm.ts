// The correction dialog (INV-4): a reason, and the buyer of the corrective invoice, prefilled from
// the original's snapshot. Checked here, then against correctInvoiceInputSchema (the callable's own
// contract): with "issue a corrective invoice" the buyer is sent in full, without it the buyer is
// left out and only the credit note is issued.
import { correctInvoiceInputSchema, toFieldIssues, type CorrectInvoiceInput } from '@agora/domain';
import type { InvoiceBuyer, InvoiceRecord } from '../../lib/firebase/invoices.ts';
import { issuesToFields, type FieldErrors, type Parsed } from '../../app/forms/fieldErrors.ts';

export interface CorrectionValues {
  reason: string;
  /** Issue a corrective invoice after the credit note. */
  reissue: boolean;
  name: string;
  company: string;
  siren: string;
  vatNumber: string;
  line1: string;
  postalCode: string;
  city: string;
}

export const CORRECTION_FIELDS = [
  'reason',
  'name',
  'company',
  'siren',
  'vatNumber',
  'line1',
  'postalCode',
  'city',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** The buyer fields, which only matter with a corrective invoice. */
export const BUYER_FIELDS: readonly CorrectionField[] = CORRECTION_FIELDS.filter(
  (field) => field !== 'reason',
);

export const REASON_MAX_LENGTH = 500;
export const MAX_LENGTHS: Record<Exclude<CorrectionField, 'reason' | 'siren'>, number> = {
  name: 200,
  company: 200,
  vatNumber: 20,
  line1: 200,
  postalCode: 20,
  city: 100,
};

export function correctionValues(invoice: Pick<InvoiceRecord, 'buyer'>): CorrectionValues {
  const buyer = invoice.buyer;
  return {
    reason: '',
    reissue: true,
    name: buyer?.name ?? '',
    company: buyer?.company?.name ?? '',
    siren: buyer?.company?.siren ?? '',
    vatNumber: buyer?.company?.vatNumber ?? '',
    line1: buyer?.address.line1 ?? '',
    postalCode: buyer?.address.postalCode ?? '',
    city: buyer?.address.city ?? '',
  };
}

/** The form field an issue's path names (`buyer.address.postalCode` → postalCode). */
export function correctionFieldOf(path: string): CorrectionField | null {
  const known: Record<string, CorrectionField> = {
    reason: 'reason',
    'buyer.name': 'name',
    'buyer.company.name': 'company',
    'buyer.company.siren': 'siren',
    'buyer.company.vatNumber': 'vatNumber',
    'buyer.address.line1': 'line1',
    'buyer.address.postalCode': 'postalCode',
    'buyer.address.city': 'city',
  };
  return known[path] ?? null;
}

/** The corrected buyer: the fields typed, the rest (country, email, address complement) kept. */
function correctedBuyer(values: CorrectionValues, original: InvoiceBuyer | null) {
  const line1 = values.line1.trim();
  const company = values.company.trim();
  const siren = values.siren.replace(/\s/g, '');
  // VAT numbers are written without spaces, in capitals (FR12345678901).
  const vatNumber = values.vatNumber.replace(/\s/g, '').toUpperCase();
  // The address complement belongs to the street line: kept only while that line is unchanged.
  const line2 = original && original.address.line1 === line1 ? original.address.line2 : null;
  return {
    name: values.name.trim(),
    address: {
      line1,
      ...(line2 ? { line2 } : {}),
      postalCode: values.postalCode.trim(),
      city: values.city.trim(),
      country: original?.address.country || 'FR',
    },
    ...(original?.email ? { email: original.email } : {}),
    ...(company !== ''
      ? {
          company: {
            name: company,
            ...(siren !== '' ? { siren } : {}),
            ...(vatNumber !== '' ? { vatNumber } : {}),
          },
        }
      : {}),
  };
}

function buyerErrors(values: CorrectionValues, country: string): FieldErrors<CorrectionField> {
  const errors: FieldErrors<CorrectionField> = {};
  for (const field of ['name', 'line1', 'postalCode', 'city'] as const) {
    if (values[field].trim() === '') errors[field] = 'required';
  }
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [keyof typeof MAX_LENGTHS, number][]) {
    if (!errors[field] && values[field].trim().length > max) errors[field] = 'tooLong';
  }
  const postalCode = values.postalCode.trim();
  if (!errors.postalCode && country === 'FR' && !/^\d{5}$/.test(postalCode)) {
    errors.postalCode = 'postalCodeInvalid';
  }
  const siren = values.siren.replace(/\s/g, '');
  if (siren !== '' && !/^\d{9}$/.test(siren)) errors.siren = 'sirenInvalid';
  // A SIREN or VAT number identifies a company: its name must be printed with it.
  const identified = siren !== '' || values.vatNumber.trim() !== '';
  if (identified && values.company.trim() === '') errors.company = 'required';
  return errors;
}

export function parseCorrection(
  values: CorrectionValues,
  invoice: Pick<InvoiceRecord, 'id' | 'buyer'>,
): Parsed<CorrectInvoiceInput, CorrectionField> {
  const errors: FieldErrors<CorrectionField> = {};
  const reason = values.reason.trim();
  if (reason === '') errors.reason = 'reasonRequired';
  else if (reason.length > REASON_MAX_LENGTH) errors.reason = 'tooLong';
  if (values.reissue) Object.assign(errors, buyerErrors(values, invoice.buyer?.address.country || 'FR'));
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const result = correctInvoiceInputSchema.safeParse({
    invoiceId: invoice.id,
    reason,
    ...(values.reissue ? { buyer: correctedBuyer(values, invoice.buyer) } : {}),
  });
  if (!result.success) {
    const sorted = issuesToFields(toFieldIssues(result.error), correctionFieldOf);
    // An issue no field shows (the invoice id) still stops the submission, on the reason.
    const fields = Object.keys(sorted.fields).length > 0 ? sorted.fields : { reason: 'invalid' };
    return { ok: false, errors: fields };
  }
  return { ok: true, value: result.data };
}
