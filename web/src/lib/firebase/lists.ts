// Staff lists read a page at a time with Firestore cursors (orders, subscriptions, bookings, ledger
// entries). A list query is plain data, built and unit-tested by its page, turned into constraints
// here: equality filters, an optional range on the field the list is ordered by, and the order.
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentData,
  type Query,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { db } from './app.ts';

export interface ListQuery {
  where: readonly { field: string; value: string | boolean }[];
  orderBy: { field: string; direction: 'asc' | 'desc' };
  /** A range on the `orderBy` field: from (included) and before (excluded). */
  range?: { from: Date | null; before: Date | null };
}

/** Opaque position in a list, handed back to fetch the following page. */
export type ListCursor = QueryDocumentSnapshot<DocumentData, DocumentData>;

export interface ListPage<T> {
  items: T[];
  next: ListCursor | null;
}

export function listConstraints(spec: ListQuery): QueryConstraint[] {
  const field = spec.orderBy.field;
  return [
    ...spec.where.map((filter) => where(filter.field, '==', filter.value)),
    ...(spec.range?.from ? [where(field, '>=', spec.range.from)] : []),
    ...(spec.range?.before ? [where(field, '<', spec.range.before)] : []),
    orderBy(field, spec.orderBy.direction),
  ];
}

/** The constraints of one read: the list query, after `after`, at most `size` documents. */
export function pagedConstraints(
  spec: ListQuery,
  options: { after: ListCursor | null; size: number },
): QueryConstraint[] {
  return [
    ...listConstraints(spec),
    ...(options.after ? [startAfter(options.after)] : []),
    limit(options.size),
  ];
}

/** One page of `source` (a collection name or a query, e.g. a collection group). */
export async function listPage<T>(
  source: string | Query,
  spec: ListQuery,
  parse: (id: string, raw: unknown, snapshot: ListCursor) => T,
  options: { pageSize: number; after: ListCursor | null },
): Promise<ListPage<T>> {
  const base = typeof source === 'string' ? collection(db, source) : source;
  // One more than the page tells whether a next page exists.
  const constraints = pagedConstraints(spec, { after: options.after, size: options.pageSize + 1 });
  const snapshot = await getDocs(query(base, ...constraints));
  const docs = snapshot.docs.slice(0, options.pageSize);
  const hasMore = snapshot.docs.length > options.pageSize;
  return {
    items: docs.map((d) => parse(d.id, d.data(), d)),
    next: hasMore ? (docs.at(-1) ?? null) : null,
  };
}
