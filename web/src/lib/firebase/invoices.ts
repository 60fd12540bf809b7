// Invoices, credit notes and statements (INV-3, INV-4): read by their member (filtered on `uid`, as
// the rules require), admins and assistants; never written from a client (functions issue them).
// Readers are lenient: a document older than the schema, or still without its PDF, still shows.
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import { INVOICE_KINDS, INVOICE_SOURCE_TYPES, type InvoiceKind, type InvoiceSourceType } from '@agora/domain';
import { db } from './app.ts';
import { pagedConstraints, type ListCursor } from './lists.ts';
import { count, date, oneOf, record, text, type Fields } from './fields.ts';

/** The buyer as printed, when the stored snapshot is complete enough to prefill a correction. */
export interface InvoiceBuyer {
  name: string;
  address: { line1: string; line2: string | null; postalCode: string; city: string; country: string };
  email: string | null;
  company: { name: string; siren: string | null; vatNumber: string | null } | null;
}

export interface InvoiceLink {
  id: string;
  number: string;
}

export interface InvoiceRecord {
  id: string;
  number: string;
  /** Null when the stored kind is unknown (shown from `rawKind`). */
  kind: InvoiceKind | null;
  rawKind: string | null;
  /** The member the document belongs to ('' when missing). */
  uid: string;
  sourceType: InvoiceSourceType | null;
  buyer: InvoiceBuyer | null;
  /** The buyer's name as printed ('' when missing), for lists. */
  buyerName: string;
  /** What it is for: the first line's description ('' without lines). */
  subject: string;
  lineCount: number;
  netCents: number | null;
  vatCents: number | null;
  grossCents: number | null;
  issuedAt: Date | null;
  paymentLabel: string | null;
  /** A credit note: the invoice it cancels; a replacing invoice: the one it replaces. */
  corrects: InvoiceLink | null;
  /** Set once a credit note cancels this document. */
  correctedBy: InvoiceLink | null;
  /** False while the PDF is being generated: nothing to download yet. */
  pdfReady: boolean;
}

function link(raw: unknown, idKey: 'invoiceId' | 'creditNoteId'): InvoiceLink | null {
  const data = record(raw);
  const id = text(data?.[idKey]);
  return data && id ? { id, number: text(data.number) ?? '' } : null;
}

function buyerOf(raw: unknown): InvoiceBuyer | null {
  const data = record(raw);
  const address = record(data?.address);
  const name = text(data?.name);
  if (!data || !address || name === null) return null;
  const company = record(data.company);
  return {
    name,
    address: {
      line1: text(address.line1) ?? '',
      line2: text(address.line2),
      postalCode: text(address.postalCode) ?? '',
      city: text(address.city) ?? '',
      country: text(address.country) ?? 'FR',
    },
    email: text(data.email),
    company: company
      ? {
          name: text(company.name) ?? '',
          siren: text(company.siren),
          vatNumber: text(company.vatNumber),
        }
      : null,
  };
}

function lines(raw: unknown): Fields[] {
  return Array.isArray(raw) ? raw.map((line) => record(line) ?? {}) : [];
}

export function toInvoiceRecord(id: string, raw: unknown): InvoiceRecord {
  const data = record(raw) ?? {};
  const totals = record(data.totals);
  const items = lines(data.lines);
  const pdf = record(data.pdf);
  const rawKind = text(data.kind);
  return {
    id,
    number: text(data.number) ?? '',
    kind: oneOf(INVOICE_KINDS, rawKind),
    rawKind,
    uid: text(data.uid) ?? '',
    sourceType: oneOf(INVOICE_SOURCE_TYPES, record(data.source)?.type),
    buyer: buyerOf(data.buyer),
    buyerName: text(record(data.buyer)?.name) ?? '',
    subject: text(items[0]?.description)?.trim() ?? '',
    lineCount: items.length,
    netCents: count(totals?.netCents),
    vatCents: count(totals?.vatCents),
    grossCents: count(totals?.grossCents),
    issuedAt: date(data.issuedAt),
    paymentLabel: text(record(data.payment)?.label),
    corrects: link(data.corrects, 'invoiceId'),
    correctedBy: link(data.correctedBy, 'creditNoteId'),
    pdfReady: Boolean(pdf && text(pdf.path)),
  };
}

// ---- The member's own documents ----

export interface MyInvoicesSnapshot {
  invoices: InvoiceRecord[];
  hasMore: boolean;
}

/**
 * Live view of the member's `count` newest documents (one more is read to know whether there are
 * others). Live, so that a PDF finished meanwhile becomes downloadable without a reload. The rules
 * only let a member list the documents whose `uid` is theirs: the filter is mandatory.
 * Index: invoices (uid ASC, issuedAt DESC).
 */
export function watchMyInvoices(
  uid: string,
  options: { count: number },
  callback: (snapshot: MyInvoicesSnapshot) => void,
  onError?: (error: Error) => void,
): () => void {
  const invoicesQuery = query(
    collection(db, 'invoices'),
    where('uid', '==', uid),
    orderBy('issuedAt', 'desc'),
    limit(options.count + 1),
  );
  return onSnapshot(
    invoicesQuery,
    (snapshot) => {
      const docs = snapshot.docs.slice(0, options.count);
      callback({
        invoices: docs.map((d) => toInvoiceRecord(d.id, d.data())),
        hasMore: snapshot.docs.length > options.count,
      });
    },
    (error) => onError?.(error),
  );
}

// ---- Staff list ----

/**
 * The staff list's Firestore filters as plain data (built and unit-tested by the page). Equality on
 * `uid` and `kind`, a range on `issuedAt` (the field the list is ordered by), newest first; each
 * combination has its composite index: (uid, issuedAt desc), (kind, issuedAt desc),
 * (uid, kind, issuedAt desc).
 */
export interface InvoiceQuery {
  uid: string | null;
  kind: InvoiceKind | null;
  /** First instant included. */
  issuedFrom: Date | null;
  /** First instant excluded. */
  issuedBefore: Date | null;
}

export function invoiceQueryConstraints(
  spec: InvoiceQuery,
  options: { after: ListCursor | null; size: number },
): QueryConstraint[] {
  return pagedConstraints(
    {
      where: [
        ...(spec.uid !== null ? [{ field: 'uid', value: spec.uid }] : []),
        ...(spec.kind !== null ? [{ field: 'kind', value: spec.kind }] : []),
      ],
      orderBy: { field: 'issuedAt', direction: 'desc' },
      range: { from: spec.issuedFrom, before: spec.issuedBefore },
    },
    options,
  );
}

/** One read of up to `size` documents after `after`, each with the cursor that continues after it. */
export async function fetchInvoiceBatch(
  spec: InvoiceQuery,
  options: { after: ListCursor | null; size: number },
): Promise<{ item: InvoiceRecord; cursor: ListCursor }[]> {
  const snapshot = await getDocs(
    query(collection(db, 'invoices'), ...invoiceQueryConstraints(spec, options)),
  );
  return snapshot.docs.map((d) => ({ item: toInvoiceRecord(d.id, d.data()), cursor: d }));
}

/** One document (staff, or its owner); null when it does not exist. */
export async function getInvoice(id: string): Promise<InvoiceRecord | null> {
  const snapshot = await getDoc(doc(db, 'invoices', id));
  return snapshot.exists() ? toInvoiceRecord(snapshot.id, snapshot.data()) : null;
}
