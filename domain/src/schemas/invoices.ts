// `invoices/{id}` (INV-1..4, contract): invoices, credit notes and statements, numbered and issued by
// functions only, never changed afterwards (a correction is a credit note plus a new invoice). The
// document holds everything printed, snapshots included, so the PDF can be rebuilt identically.
import { z } from 'zod';
import { timestampSchema, uidSchema } from './common.ts';

export const INVOICE_KINDS = ['invoice', 'credit-note', 'statement'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export const INVOICE_SOURCE_TYPES = ['order', 'subscription-period', 'booking', 'correction'] as const;
export type InvoiceSourceType = (typeof INVOICE_SOURCE_TYPES)[number];

const addressSchema = z.object({
  line1: z.string(),
  line2: z.string().optional(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

/** The seller as printed (snapshot of settings/organization at issue time). */
export const sellerSnapshotSchema = z.object({
  name: z.string(),
  legalForm: z.string(),
  shareCapitalCents: z.number().int().nonnegative().optional(),
  address: addressSchema,
  siret: z.string(),
  vatNumber: z.string().optional(),
  trainingDeclarationNumber: z.string().optional(),
  email: z.string(),
  phone: z.string().optional(),
});
export type SellerSnapshot = z.output<typeof sellerSnapshotSchema>;

/** The buyer as printed; a business buyer (company) gets the B2B mentions. */
export const buyerSnapshotSchema = z.object({
  name: z.string(),
  address: addressSchema,
  email: z.string().optional(),
  company: z
    .object({ name: z.string(), siren: z.string().optional(), vatNumber: z.string().optional() })
    .optional(),
});
export type BuyerSnapshot = z.output<typeof buyerSnapshotSchema>;

export const invoiceLineSchema = z.object({
  description: z.string(),
  quantity: z.number().int(),
  /** Unit price excluding VAT. */
  unitNetCents: z.number().int(),
  /** Null when no VAT applies (exempt, out of scope, franchise): `vatNote` says why. */
  vatRate: z.number().nullable(),
  vatNote: z.string().optional(),
  netCents: z.number().int(),
  vatCents: z.number().int(),
  grossCents: z.number().int(),
});
export type InvoiceLine = z.output<typeof invoiceLineSchema>;

export const invoiceTotalsSchema = z.object({
  netCents: z.number().int(),
  vatCents: z.number().int(),
  grossCents: z.number().int(),
  /** One row per VAT rate (null: lines without VAT). */
  byRate: z.array(
    z.object({ rate: z.number().nullable(), netCents: z.number().int(), vatCents: z.number().int() }),
  ),
});
export type InvoiceTotals = z.output<typeof invoiceTotalsSchema>;

/** What composeInvoice produces and the PDF prints. */
export const invoiceContentSchema = z.object({
  kind: z.enum(INVOICE_KINDS),
  seller: sellerSnapshotSchema,
  buyer: buyerSnapshotSchema,
  lines: z.array(invoiceLineSchema).min(1),
  totals: invoiceTotalsSchema,
  /** Legal wording printed under the totals, in order. */
  mentions: z.array(z.string()),
  saleDate: z.date(),
  payment: z.object({ label: z.string(), paidAt: z.date().optional() }),
  currency: z.literal('eur'),
  /** A credit note names the invoice it cancels; a correcting invoice the one it replaces. */
  corrects: z.object({ invoiceId: z.string(), number: z.string() }).optional(),
});
export type InvoiceContent = z.output<typeof invoiceContentSchema>;

/** `invoices/{id}` as stored (dates as Timestamps). */
export const invoiceDocSchema = z.object({
  number: z.string(),
  kind: z.enum(INVOICE_KINDS),
  sequence: z.number().int().positive(),
  year: z.number().int(),
  uid: uidSchema,
  source: z.object({ type: z.enum(INVOICE_SOURCE_TYPES), id: z.string() }),
  seller: sellerSnapshotSchema,
  buyer: buyerSnapshotSchema,
  lines: z.array(invoiceLineSchema),
  totals: invoiceTotalsSchema,
  mentions: z.array(z.string()),
  saleDate: timestampSchema,
  payment: z.object({ label: z.string(), paidAt: timestampSchema.optional() }),
  currency: z.literal('eur'),
  corrects: z.object({ invoiceId: z.string(), number: z.string() }).optional(),
  /** Set once the credit note cancelling this document is issued. */
  correctedBy: z.object({ creditNoteId: z.string(), number: z.string() }).optional(),
  issuedAt: timestampSchema,
  /** Written once, when the PDF is stored; the PDF is rebuilt from the fields above if it is lost. */
  pdf: z.object({ path: z.string(), sha256: z.string(), bytes: z.number().int() }).optional(),
  pdfSha256: z.string().optional(),
});
export type InvoiceDoc = z.output<typeof invoiceDocSchema>;

const invoiceIdSchema = z
  .string({ message: 'invalid' })
  .regex(/^[A-Za-z0-9_-]{1,200}$/, { message: 'invalid' });

/** Input of `downloadInvoice`: owner, admin, assistant. */
export const downloadInvoiceInputSchema = z.strictObject({ invoiceId: invoiceIdSchema });
export interface DownloadInvoiceResult {
  filename: string;
  contentType: 'application/pdf';
  base64: string;
}

/** Input of `resendInvoice` (admin, assistant). */
export const resendInvoiceInputSchema = z.strictObject({ invoiceId: invoiceIdSchema });

/** Input of `correctInvoice` (admin): a credit note cancelling the invoice, and optionally a new one. */
export const correctInvoiceInputSchema = z.strictObject({
  invoiceId: invoiceIdSchema,
  reason: z
    .string({ message: 'reasonRequired' })
    .trim()
    .min(1, { message: 'reasonRequired' })
    .max(500, { message: 'tooLong' }),
  /** Buyer corrections for the replacing invoice (e.g. the company name); omitted: credit note only. */
  buyer: buyerSnapshotSchema.optional(),
});
export type CorrectInvoiceInput = z.infer<typeof correctInvoiceInputSchema>;
