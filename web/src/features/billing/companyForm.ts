// Company dialog (ACC-4): fields checked with companyFieldsSchema, and the document written to
// companies/{id} with its empty optional fields left out (removed on update).
import { companyFieldsSchema, emailSchema, type CompanyFields } from '@agora/domain';
import type { CompanyRecord, CompanyWrite } from '../../lib/firebase/billing.ts';
import { zodIssuesToFields, type FieldErrors, type Parsed } from './fieldErrors.ts';

export interface CompanyFormValues {
  name: string;
  siren: string;
  vatNumber: string;
  billingEmail: string;
  memberUids: string[];
}

export const COMPANY_FIELDS = ['name', 'siren', 'vatNumber', 'billingEmail', 'memberUids'] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

export const EMPTY_COMPANY: CompanyFormValues = {
  name: '',
  siren: '',
  vatNumber: '',
  billingEmail: '',
  memberUids: [],
};

export function companyValuesFromRecord(company: CompanyRecord): CompanyFormValues {
  return {
    name: company.name,
    siren: company.siren ?? '',
    vatNumber: company.vatNumber ?? '',
    billingEmail: company.billingEmail ?? '',
    memberUids: [...company.memberUids],
  };
}

function fieldOf(path: string): CompanyField | null {
  if (path.startsWith('memberUids')) return 'memberUids';
  return COMPANY_FIELDS.find((field) => field === path) ?? null;
}

export function parseCompanyForm(values: CompanyFormValues): Parsed<CompanyFields, CompanyField> {
  const errors: FieldErrors<CompanyField> = {};
  // The schema bounds its length only; an address invoices are sent to must be one.
  const email = values.billingEmail.trim();
  if (email !== '' && !emailSchema.safeParse(email).success) errors.billingEmail = 'emailInvalid';
  const result = companyFieldsSchema.safeParse({
    name: values.name,
    siren: values.siren,
    // VAT numbers are written without spaces, in capitals (FR12345678901).
    vatNumber: values.vatNumber.replace(/\s/g, '').toUpperCase(),
    billingEmail: email,
    memberUids: values.memberUids,
  });
  if (!result.success) {
    return { ok: false, errors: { ...zodIssuesToFields(result.error, fieldOf), ...errors } };
  }
  if (errors.billingEmail) return { ok: false, errors };
  return { ok: true, value: result.data };
}

export function companyWrite(fields: CompanyFields): CompanyWrite {
  const stored: Record<string, unknown> = { name: fields.name, memberUids: [...fields.memberUids] };
  const remove: string[] = [];
  const optional = { siren: fields.siren, vatNumber: fields.vatNumber, billingEmail: fields.billingEmail };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && value !== '') stored[key] = value;
    else remove.push(key);
  }
  return { fields: stored, remove };
}
