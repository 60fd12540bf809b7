// The staff list's filters: kept in the address (?from=&to=&member=&kind=&status=) so that a
// filtered list survives a reload and can be shared, and turned into the Firestore query
// (lib/firebase/invoices.ts). Period, member and kind are Firestore filters; the status is not (an
// issued invoice has no `correctedBy` field, which no query can ask for), so it is checked on the
// documents read (paging.ts).
import { INVOICE_KINDS, type InvoiceKind } from '@agora/domain';
import type { InvoiceQuery, InvoiceRecord } from '../../lib/firebase/invoices.ts';
import { addDays, isIsoDate, startOfDay, type IsoDate } from '../sessions/time.ts';

export const INVOICE_STATUSES = ['issued', 'corrected'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export interface InvoiceFilters {
  /** First day of the period (inclusive), in the organisation's calendar. */
  from: IsoDate | null;
  /** Last day of the period (inclusive). */
  to: IsoDate | null;
  uid: string | null;
  kind: InvoiceKind | 'all';
  status: InvoiceStatus | 'all';
}

export const NO_FILTERS: InvoiceFilters = { from: null, to: null, uid: null, kind: 'all', status: 'all' };

const UID = /^[A-Za-z0-9_-]{1,128}$/;

export function toKindFilter(value: string | null): InvoiceKind | 'all' {
  return INVOICE_KINDS.find((kind) => kind === value) ?? 'all';
}

export function toStatusFilter(value: string | null): InvoiceStatus | 'all' {
  return INVOICE_STATUSES.find((status) => status === value) ?? 'all';
}

/** Reads the filters from the address; a value the list does not know reads as no filter. */
export function filtersFromParams(params: URLSearchParams): InvoiceFilters {
  const day = (value: string | null): IsoDate | null => (isIsoDate(value) ? value : null);
  const member = params.get('member');
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  // A period written backwards (shared by hand) means the same days.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    from,
    to,
    uid: member !== null && UID.test(member) ? member : null,
    kind: toKindFilter(params.get('kind')),
    status: toStatusFilter(params.get('status')),
  };
}

/** The address parameters of the filters (only those set, in a fixed order). */
export function filtersToParams(filters: InvoiceFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  if (filters.uid) params.member = filters.uid;
  if (filters.kind !== 'all') params.kind = filters.kind;
  if (filters.status !== 'all') params.status = filters.status;
  return params;
}

export function hasFilters(filters: InvoiceFilters): boolean {
  return Object.keys(filtersToParams(filters)).length > 0;
}

/** Names one filtered list: a new key starts the list over. */
export function filtersKey(filters: InvoiceFilters): string {
  return new URLSearchParams(filtersToParams(filters)).toString();
}

/**
 * The Firestore part of the filters: the days become instants at midnight in the organisation's
 * zone, the last day included (up to the next midnight, excluded).
 */
export function invoicesQuery(filters: InvoiceFilters, timeZone: string): InvoiceQuery {
  return {
    uid: filters.uid,
    kind: filters.kind === 'all' ? null : filters.kind,
    issuedFrom: filters.from ? startOfDay(filters.from, timeZone) : null,
    issuedBefore: filters.to ? startOfDay(addDays(filters.to, 1), timeZone) : null,
  };
}

export function invoiceStatus(invoice: Pick<InvoiceRecord, 'correctedBy'>): InvoiceStatus {
  return invoice.correctedBy ? 'corrected' : 'issued';
}

/** The check made on each document read; null when every document is kept. */
export function statusCheck(
  status: InvoiceStatus | 'all',
): ((invoice: Pick<InvoiceRecord, 'correctedBy'>) => boolean) | null {
  return status === 'all' ? null : (invoice) => invoiceStatus(invoice) === status;
}
