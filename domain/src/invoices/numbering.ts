// Invoice numbers (INV-2): one continuous sequence per series and year, e.g. `F-2026-000123`.
// The sequence is taken in the transaction that creates the document; this only formats it.
import type { InvoiceKind } from '../schemas/invoices.ts';
import type { InvoicingSettings } from '../schemas/settings.ts';

export const SEQUENCE_DIGITS = 6;

export function invoiceNumber(prefix: string, year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`invalid sequence ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

export function seriesPrefix(settings: Pick<InvoicingSettings, 'prefixes'>, kind: InvoiceKind): string {
  return kind === 'invoice'
    ? settings.prefixes.invoice
    : kind === 'credit-note'
      ? settings.prefixes.creditNote
      : settings.prefixes.statement;
}

/** The counter document of a series and year: `invoiceCounters/<kind>-<year>`. */
export const counterId = (kind: InvoiceKind, year: number) => `${kind}-${year}`;
