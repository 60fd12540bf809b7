// Product dialog (CR-1, CR-4): what its fields hold, their check with productFieldsSchema, and the
// document written to products/{id}. The rules want exactly the schema's fields: empty optional ones
// (description, interval) are left out, never written as undefined or null.
import {
  productFieldsSchema,
  type BillingInterval,
  type ProductFields,
  type ProductKind,
} from '@agora/domain';
import type { ProductRecord, ProductWrite } from '../../lib/firebase/billing.ts';
import { eurosInputValue, parseEuros } from './euros.ts';
import { parseWholeNumber, zodIssuesToFields, type FieldErrors, type Parsed } from './fieldErrors.ts';

export interface ProductFormValues {
  kind: ProductKind;
  name: string;
  description: string;
  credits: string;
  /** Price including VAT, in euros as typed ("45,00"). */
  price: string;
  /** A VAT_RATES value as text ("5.5"), the select's value. */
  vatRate: string;
  /** Only used for subscriptions. */
  interval: BillingInterval | '';
  sortOrder: string;
  active: boolean;
}

export const PRODUCT_FIELDS = [
  'kind',
  'name',
  'description',
  'credits',
  'price',
  'vatRate',
  'interval',
  'sortOrder',
  'active',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export const EMPTY_PRODUCT: ProductFormValues = {
  kind: 'credit-pack',
  name: '',
  description: '',
  credits: '',
  price: '',
  vatRate: '20',
  interval: '',
  sortOrder: '0',
  active: true,
};

export function productValuesFromRecord(product: ProductRecord, locale: string): ProductFormValues {
  return {
    kind: product.kind ?? 'credit-pack',
    name: product.name,
    description: product.description ?? '',
    credits: product.credits === null ? '' : String(product.credits),
    price: product.priceCents === null ? '' : eurosInputValue(product.priceCents, locale),
    vatRate: product.vatRate === null ? '' : String(product.vatRate),
    interval: product.interval ?? '',
    sortOrder: String(product.sortOrder),
    active: product.active,
  };
}

const MAX_SORT_ORDER = 10_000;

function fieldOf(path: string): ProductField | null {
  if (path === 'priceCents') return 'price';
  return PRODUCT_FIELDS.find((field) => field === path) ?? null;
}

/** Checks the form with productFieldsSchema; an unreadable number fails the schema's own check. */
export function parseProductForm(values: ProductFormValues): Parsed<ProductFields, ProductField> {
  const errors: FieldErrors<ProductField> = {};
  const sortOrderText = values.sortOrder.trim();
  const sortOrder = sortOrderText === '' ? 0 : parseWholeNumber(sortOrderText);
  // The schema's sortOrder bounds carry no message key of their own: say what is expected here.
  if (!Number.isInteger(sortOrder) || sortOrder > MAX_SORT_ORDER) errors.sortOrder = 'sortOrderInvalid';
  // The schema checks the interval in a refinement, which zod skips while another field is invalid:
  // checked here too, so every error shows at the first attempt.
  if (values.kind === 'subscription' && values.interval === '') errors.interval = 'intervalInvalid';

  const result = productFieldsSchema.safeParse({
    kind: values.kind,
    name: values.name,
    description: values.description,
    credits: parseWholeNumber(values.credits),
    priceCents: parseEuros(values.price) ?? Number.NaN,
    vatRate: values.vatRate.trim() === '' ? undefined : Number(values.vatRate),
    interval: values.kind === 'subscription' && values.interval !== '' ? values.interval : undefined,
    active: values.active,
    sortOrder: errors.sortOrder ? 0 : sortOrder,
  });
  if (!result.success) {
    return { ok: false, errors: { ...zodIssuesToFields(result.error, fieldOf), ...errors } };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: result.data };
}

/** The stored document's fields; an absent description or interval is removed on update. */
export function productWrite(fields: ProductFields): ProductWrite {
  const stored: Record<string, unknown> = {
    kind: fields.kind,
    name: fields.name,
    credits: fields.credits,
    priceCents: fields.priceCents,
    vatRate: fields.vatRate,
    active: fields.active,
    sortOrder: fields.sortOrder,
  };
  const remove: string[] = [];
  if (fields.description !== undefined && fields.description !== '') stored.description = fields.description;
  else remove.push('description');
  if (fields.kind === 'subscription' && fields.interval !== undefined) stored.interval = fields.interval;
  else remove.push('interval');
  return { fields: stored, remove };
}
