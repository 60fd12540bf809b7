// Taking a seat for a member inside a transaction (CAPS-2): used by bookSession and by the waitlist
// promotion in cancelBooking. Two steps, as Firestore wants every read first: `readSeat` reads the
// booking and the wallet, `writeSeat` writes the booking and the debit; the caller updates the
// session's counters once for all seats it changed.
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import { bookingDebitEntryId, sessionBookingId, type BookingDoc, type SessionDoc } from '@agora/domain';
import { balanceAfter, readWallet, writeLedgerEntry, type WalletState } from '../credits/ledger.ts';
import { bookingRef, readBooking } from './sessionStore.ts';

export interface SeatPlan {
  uid: string;
  bookingId: string;
  booking: BookingDoc | null;
  attempt: number;
  wallet: WalletState;
}

export async function readSeat(tx: Transaction, sessionId: string, uid: string): Promise<SeatPlan> {
  const bookingId = sessionBookingId(sessionId, uid);
  const booking = await readBooking(tx, bookingId);
  const attempt = (booking?.attempt ?? 0) + 1;
  const wallet = await readWallet(tx, uid, bookingDebitEntryId(bookingId, attempt));
  return { uid, bookingId, booking, attempt, wallet };
}

export const alreadyBooked = (plan: SeatPlan) => plan.booking?.status === 'confirmed';
export const canPay = (plan: SeatPlan, cost: number) => balanceAfter(plan.wallet, -cost) !== null;

/** Writes the booking and the debit; returns the balance after it. */
export function writeSeat(
  tx: Transaction,
  plan: SeatPlan,
  session: { id: string; data: SessionDoc },
  bookedBy: string,
): number {
  const cost = session.data.creditCost;
  const balance = writeLedgerEntry(tx, plan.wallet, {
    uid: plan.uid,
    entryId: bookingDebitEntryId(plan.bookingId, plan.attempt),
    delta: -cost,
    kind: 'booking',
    ref: `bookings/${plan.bookingId}`,
    actor: bookedBy,
  });
  const now = FieldValue.serverTimestamp();
  tx.set(bookingRef(plan.bookingId), {
    uid: plan.uid,
    kind: 'session',
    sessionId: session.id,
    title: session.data.title,
    startsAt: Timestamp.fromDate(session.data.startsAt),
    endsAt: Timestamp.fromDate(session.data.endsAt),
    status: 'confirmed',
    payment: { method: 'credits', credits: cost },
    attempt: plan.attempt,
    bookedBy,
    createdAt: now,
    updatedAt: now,
  });
  return balance;
}
