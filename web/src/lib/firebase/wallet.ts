// `wallets/{uid}` and its `ledger/{entryId}` (CR-5): the member's balance and every change to it,
// read live by the member (staff read them too). Only functions write them, in one transaction per
// change, so the balance shown always matches the newest ledger entry.
import {
  collection,
  doc,
  limit,
  onSnapshot,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentData,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { LEDGER_KINDS, type LedgerKind } from '@agora/domain';
import { db } from './app.ts';
import { count, date, oneOf, record, text } from './fields.ts';

/** The balance stored in `wallets/{uid}`; a wallet not created yet (no credit ever) holds 0. */
export function toBalance(raw: unknown): number {
  const balance = count(record(raw)?.balance);
  return balance !== null && balance > 0 ? balance : 0;
}

/** Live balance of one wallet (the member's own, or any for staff). */
export function watchWalletBalance(
  uid: string,
  callback: (balance: number) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'wallets', uid),
    (snapshot) => callback(snapshot.exists() ? toBalance(snapshot.data()) : 0),
    (error) => onError?.(error),
  );
}

export interface LedgerEntryRecord {
  id: string;
  delta: number;
  balanceAfter: number | null;
  /** Null when the stored kind is unknown to this version (shown from `rawKind`). */
  kind: LedgerKind | null;
  rawKind: string | null;
  ref: string | null;
  reason: string | null;
  actor: string | null;
  createdAt: Date | null;
}

export function toLedgerEntryRecord(id: string, raw: unknown): LedgerEntryRecord {
  const data = record(raw) ?? {};
  return {
    id,
    delta: count(data.delta) ?? 0,
    balanceAfter: count(data.balanceAfter),
    kind: oneOf(LEDGER_KINDS, data.kind),
    rawKind: text(data.kind),
    ref: text(data.ref),
    reason: text(data.reason)?.trim() || null,
    actor: text(data.actor),
    createdAt: date(data.createdAt),
  };
}

/** Opaque position in a ledger, handed back to fetch the following page. */
export type LedgerCursor = QueryDocumentSnapshot<DocumentData, DocumentData>;

export interface LedgerPage {
  entries: LedgerEntryRecord[];
  /** Where the next page starts; null on the last page. */
  next: LedgerCursor | null;
}

/**
 * The query of one ledger page: newest first, one kind or all, one entry more than the page to
 * know whether a next page exists. Filtering on kind uses the (kind, createdAt desc) index.
 */
export function ledgerPageConstraints(options: {
  kind: LedgerKind | null;
  after: LedgerCursor | null;
  pageSize: number;
}): QueryConstraint[] {
  return [
    ...(options.kind ? [where('kind', '==', options.kind)] : []),
    orderBy('createdAt', 'desc'),
    ...(options.after ? [startAfter(options.after)] : []),
    limit(options.pageSize + 1),
  ];
}

/**
 * Live view of one page of a wallet's ledger. Live so that an entry written meanwhile (a staff
 * adjustment, a purchase confirmed) shows on the first page without a reload; later pages start
 * after a fixed entry and so stay put as new entries arrive.
 */
export function watchLedgerPage(
  uid: string,
  options: { kind: LedgerKind | null; after: LedgerCursor | null; pageSize: number },
  callback: (page: LedgerPage) => void,
  onError?: (error: Error) => void,
): () => void {
  const ledgerQuery = query(collection(db, 'wallets', uid, 'ledger'), ...ledgerPageConstraints(options));
  return onSnapshot(
    ledgerQuery,
    (snapshot) => {
      const docs = snapshot.docs.slice(0, options.pageSize);
      const hasMore = snapshot.docs.length > options.pageSize;
      callback({
        entries: docs.map((d) => toLedgerEntryRecord(d.id, d.data())),
        next: hasMore ? (docs.at(-1) ?? null) : null,
      });
    },
    (error) => onError?.(error),
  );
}
