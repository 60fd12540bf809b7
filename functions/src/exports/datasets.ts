// What each export holds (ADM-2): columns with French headings and the rows, read page by page so a
// large set never sits in one query. Dates are local to the organisation; amounts in euros.
import {
  Timestamp,
  type DocumentData,
  type Query,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import type { ExportDataset } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { pagesOf } from '../lib/pages.ts';

export type Cell = string | number | Date | null;
export interface Column {
  heading: string;
  type: 'text' | 'number' | 'date' | 'euros';
}
export interface Dataset {
  title: string;
  columns: Column[];
  /** The rows, page by page; `range` bounds the dated ones ([from, to) instants). */
  pages(range: { from?: Date; to?: Date }): AsyncGenerator<Cell[][]>;
}

const PAGE = 1_000;
const dateOf = (value: unknown): Date | null => (value instanceof Timestamp ? value.toDate() : null);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** A query's rows page by page (the query is ordered by a field then the id). */
async function* paged(
  query: Query,
  toRow: (doc: QueryDocumentSnapshot<DocumentData>) => Cell[] | null,
): AsyncGenerator<Cell[][]> {
  for await (const docs of pagesOf(query, PAGE)) {
    const rows = docs.map(toRow).filter((row): row is Cell[] => row !== null);
    if (rows.length > 0) yield rows;
  }
}

function dated(collection: Query, field: string, range: { from?: Date; to?: Date }): Query {
  let query = collection;
  if (range.from) query = query.where(field, '>=', Timestamp.fromDate(range.from));
  if (range.to) query = query.where(field, '<', Timestamp.fromDate(range.to));
  return query.orderBy(field).orderBy('__name__');
}

const KIND_LABELS: Record<string, string> = { session: 'Formation', space: 'Espace', event: 'Événement' };
const STATUS_LABELS: Record<string, string> = {
  confirmed: 'Confirmée',
  cancelled: 'Annulée',
  pending_payment: 'En attente de paiement',
};
const METHOD_LABELS: Record<string, string> = {
  credits: 'Crédits',
  card: 'Carte',
  plan: 'Forfait',
  internal: 'Usage interne',
};

export const DATASETS: Record<ExportDataset, Dataset> = {
  bookings: {
    title: 'Réservations',
    columns: [
      { heading: 'Réservation', type: 'text' },
      { heading: 'Type', type: 'text' },
      { heading: 'Intitulé', type: 'text' },
      { heading: 'Membre', type: 'text' },
      { heading: 'Début', type: 'date' },
      { heading: 'Fin', type: 'date' },
      { heading: 'Statut', type: 'text' },
      { heading: 'Paiement', type: 'text' },
      { heading: 'Crédits', type: 'number' },
      { heading: 'Montant TTC', type: 'euros' },
    ],
    pages: (range) =>
      paged(dated(db().collection('bookings'), 'startsAt', range), (doc) => [
        doc.id,
        KIND_LABELS[text(doc.get('kind'))] ?? text(doc.get('kind')),
        text(doc.get('title')),
        text(doc.get('uid')),
        dateOf(doc.get('startsAt')),
        dateOf(doc.get('endsAt')),
        STATUS_LABELS[text(doc.get('status'))] ?? text(doc.get('status')),
        METHOD_LABELS[text(doc.get('payment.method'))] ?? text(doc.get('payment.method')),
        num(doc.get('payment.credits')),
        num(doc.get('payment.amountCents')) / 100,
      ]),
  },
  invoices: {
    title: 'Factures et avoirs',
    columns: [
      { heading: 'Numéro', type: 'text' },
      { heading: 'Type', type: 'text' },
      { heading: 'Émise le', type: 'date' },
      { heading: 'Client', type: 'text' },
      { heading: 'Total HT', type: 'euros' },
      { heading: 'TVA', type: 'euros' },
      { heading: 'Total TTC', type: 'euros' },
    ],
    pages: (range) =>
      paged(dated(db().collection('invoices'), 'issuedAt', range), (doc) => [
        text(doc.get('number')),
        { invoice: 'Facture', 'credit-note': 'Avoir', statement: 'Relevé' }[text(doc.get('kind'))] ??
          text(doc.get('kind')),
        dateOf(doc.get('issuedAt')),
        text(doc.get('buyer.name')),
        num(doc.get('totals.netCents')) / 100,
        num(doc.get('totals.vatCents')) / 100,
        num(doc.get('totals.grossCents')) / 100,
      ]),
  },
  balances: {
    title: 'Soldes de crédits',
    columns: [
      { heading: 'Membre', type: 'text' },
      { heading: 'Solde', type: 'number' },
      { heading: 'Mis à jour le', type: 'date' },
    ],
    pages: () =>
      paged(db().collection('wallets').orderBy('__name__'), (doc) => [
        doc.id,
        num(doc.get('balance')),
        dateOf(doc.get('updatedAt')),
      ]),
  },
  ledger: {
    title: 'Mouvements de crédits',
    columns: [
      { heading: 'Membre', type: 'text' },
      { heading: 'Date', type: 'date' },
      { heading: 'Nature', type: 'text' },
      { heading: 'Crédits', type: 'number' },
      { heading: 'Solde après', type: 'number' },
      { heading: 'Motif', type: 'text' },
      { heading: 'Origine', type: 'text' },
    ],
    pages: (range) =>
      paged(dated(db().collectionGroup('ledger'), 'createdAt', range), (doc) => [
        doc.ref.parent.parent?.id ?? '',
        dateOf(doc.get('createdAt')),
        text(doc.get('kind')),
        num(doc.get('delta')),
        num(doc.get('balanceAfter')),
        text(doc.get('reason')),
        text(doc.get('ref')),
      ]),
  },
  statistics: {
    title: 'Statistiques par jour',
    columns: [
      { heading: 'Jour', type: 'text' },
      { heading: 'Inscriptions', type: 'number' },
      { heading: 'Réservations formations', type: 'number' },
      { heading: 'Réservations espaces', type: 'number' },
      { heading: 'Annulations', type: 'number' },
      { heading: 'Crédits vendus', type: 'number' },
      { heading: 'Crédits consommés', type: 'number' },
      { heading: 'Chiffre d’affaires TTC', type: 'euros' },
    ],
    pages: (range) =>
      paged(
        db()
          .collection('stats')
          .where('__name__', '>=', db().doc(`stats/day-${range.from?.toISOString().slice(0, 10) ?? '0000'}`))
          .where('__name__', '<', db().doc(`stats/day-${range.to?.toISOString().slice(0, 10) ?? '9999'}`))
          .orderBy('__name__'),
        (doc) => [
          text(doc.get('period')),
          num(doc.get('signups')),
          num(doc.get('sessionBookings')),
          num(doc.get('spaceBookings')),
          num(doc.get('cancellations')),
          num(doc.get('creditsSold')),
          num(doc.get('creditsUsed')),
          num(doc.get('revenueCents')) / 100,
        ],
      ),
  },
};
