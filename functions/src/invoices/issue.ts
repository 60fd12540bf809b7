// Issuing a document (INV-2): the number is taken in the transaction that creates the invoice, from
// `invoiceCounters/<kind>-<year>` (next sequence), so numbers are continuous, chronological and
// never reused. The invoice id is deterministic (`order_<orderId>`, `booking_<bookingId>_<n>`...):
// issuing again finds it and changes nothing. Anything after (PDF, mail) may fail and be retried;
// it never takes a new number.
import { Timestamp, type Transaction } from 'firebase-admin/firestore';
import {
  counterId,
  invoiceNumber,
  seriesPrefix,
  type InvoiceContent,
  type InvoiceSourceType,
  type InvoicingSettings,
} from '@agora/domain';
import { db } from '../lib/admin.ts';
import { KeyedLimiter } from '../lib/keyedLimiter.ts';

export const invoiceRef = (invoiceId: string) => db().collection('invoices').doc(invoiceId);
const counterRef = (id: string) => db().collection('invoiceCounters').doc(id);

export interface IssueRequest {
  invoiceId: string;
  uid: string;
  source: { type: InvoiceSourceType; id: string };
  content: InvoiceContent;
  invoicing: InvoicingSettings;
  /** Issue time; its year (Paris) picks the counter. */
  now?: Date;
  /**
   * Read in the issuing transaction after its own reads: false issues nothing (e.g. the booking was
   * cancelled between the trigger and now, so no invoice without its credit note).
   */
  precondition?: (tx: Transaction) => Promise<boolean>;
  /** Extra writes of the same transaction (e.g. marking the corrected invoice). */
  also?: (tx: Transaction, issued: { invoiceId: string; number: string }) => void;
}

export interface Issued {
  invoiceId: string;
  number: string;
  created: boolean;
}

/** What issueDocument answers when the precondition no longer holds. */
export const NOT_ISSUED = null;

/** Counter transactions in flight per series in this instance (a counter is one hot document). */
const seriesLanes = new KeyedLimiter(4);

const parisYear = (date: Date) =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' }).format(date));

/** Firestore has no Date in documents we parse back with zod: store instants as Timestamps. */
function storedContent(content: InvoiceContent) {
  return {
    ...content,
    saleDate: Timestamp.fromDate(content.saleDate),
    payment: {
      label: content.payment.label,
      ...(content.payment.paidAt ? { paidAt: Timestamp.fromDate(content.payment.paidAt) } : {}),
    },
    ...(content.corrects ? { corrects: content.corrects } : {}),
  };
}

export async function issueDocument(request: IssueRequest): Promise<Issued | null> {
  const now = request.now ?? new Date();
  const year = parisYear(now);
  const counter = counterId(request.content.kind, year);
  return seriesLanes.run(counter, () =>
    db().runTransaction(
      async (tx) => {
        const [existing, current] = await tx.getAll(invoiceRef(request.invoiceId), counterRef(counter));
        if (existing?.exists) {
          return { invoiceId: request.invoiceId, number: String(existing.get('number')), created: false };
        }
        if (request.precondition && !(await request.precondition(tx))) return NOT_ISSUED;
        const next: unknown = current?.get('next');
        const sequence = typeof next === 'number' ? next : 1;
        const number = invoiceNumber(seriesPrefix(request.invoicing, request.content.kind), year, sequence);
        tx.set(counterRef(counter), { next: sequence + 1, kind: request.content.kind, year });
        tx.create(invoiceRef(request.invoiceId), {
          ...storedContent(request.content),
          number,
          sequence,
          year,
          uid: request.uid,
          source: request.source,
          issuedAt: Timestamp.fromDate(now),
        });
        request.also?.(tx, { invoiceId: request.invoiceId, number });
        return { invoiceId: request.invoiceId, number, created: true };
      },
      { maxAttempts: 25 },
    ),
  );
}
