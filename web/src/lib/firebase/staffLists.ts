// Staff lists of every member's bookings (sessions and spaces) and credit ledger entries (issue 8
// item 2), read a page at a time. Bookings are one collection; ledger entries live under each
// wallet, so the list of all members is a collection-group query (rules: admins and assistants),
// and one member's entries are their own subcollection.
import { collection, collectionGroup } from 'firebase/firestore';
import { BOOKING_STATUSES, type BookingStatus } from '@agora/domain';
import { db } from './app.ts';
import { count, date, oneOf, record, text } from './fields.ts';
import { listPage, type ListCursor, type ListPage, type ListQuery } from './lists.ts';
import { toLedgerEntryRecord, type LedgerEntryRecord } from './wallet.ts';

export const STAFF_BOOKING_KINDS = ['session', 'space'] as const;
export type StaffBookingKind = (typeof STAFF_BOOKING_KINDS)[number];
export const PAYMENT_METHODS = ['credits', 'card', 'plan', 'internal'] as const;
export type BookingPaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface StaffBookingRecord {
  id: string;
  uid: string;
  kind: StaffBookingKind | null;
  /** The session or the resource booked. */
  targetId: string | null;
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
  status: BookingStatus | null;
  rawStatus: string | null;
  seats: number;
  method: BookingPaymentMethod | null;
  credits: number | null;
  amountCents: number | null;
  refundedCredits: number | null;
  bookedBy: string | null;
  note: string | null;
}

export function toStaffBookingRecord(id: string, raw: unknown): StaffBookingRecord {
  const data = record(raw) ?? {};
  const kind = oneOf(STAFF_BOOKING_KINDS, data.kind);
  const payment = record(data.payment);
  return {
    id,
    uid: text(data.uid) ?? '',
    kind,
    targetId: text(kind === 'space' ? data.resourceId : data.sessionId),
    title: text(data.title)?.trim() ?? '',
    startsAt: date(data.startsAt),
    endsAt: date(data.endsAt),
    status: oneOf(BOOKING_STATUSES, data.status),
    rawStatus: text(data.status),
    seats: count(data.seats) ?? 1,
    method: oneOf(PAYMENT_METHODS, payment?.method),
    credits: count(payment?.credits),
    amountCents: count(payment?.amountCents),
    refundedCredits: count(data.refundedCredits),
    bookedBy: text(data.bookedBy),
    note: text(data.note)?.trim() || null,
  };
}

export function listStaffBookings(
  spec: ListQuery,
  options: { pageSize: number; after: ListCursor | null },
): Promise<ListPage<StaffBookingRecord>> {
  return listPage('bookings', spec, toStaffBookingRecord, options);
}

/** A ledger entry with the member it belongs to (the wallet holding it). */
export interface StaffLedgerRecord extends LedgerEntryRecord {
  uid: string;
}

/** Every member's entries, or one member's (`uid`). */
export function listLedgerEntries(
  uid: string | null,
  spec: ListQuery,
  options: { pageSize: number; after: ListCursor | null },
): Promise<ListPage<StaffLedgerRecord>> {
  const source = uid ? collection(db, 'wallets', uid, 'ledger') : collectionGroup(db, 'ledger');
  return listPage(
    source,
    spec,
    (id, raw, snapshot) => ({
      ...toLedgerEntryRecord(id, raw),
      uid: snapshot.ref.parent.parent?.id ?? '',
    }),
    options,
  );
}
