// A freed seat goes to the first in line who still has the credits (issue 5 item 7), read in the
// transaction that frees it, so the seat is never free and given twice. Members in line whose
// balance is too low (or whose profile is incomplete) keep their place; the next one is tried.
import type { Transaction } from 'firebase-admin/firestore';
import { readRecipient } from './recipient.ts';
import type { Recipient } from './sessionMail.ts';
import { alreadyBooked, canPay, readSeat, type SeatPlan } from './seatBooking.ts';
import { waitlistRef, type StoredSession } from './sessionStore.ts';

/** How many members in line one freed seat considers; the next freed seat tries again. */
export const PROMOTION_CANDIDATES = 10;

export interface Promotion {
  seat: SeatPlan;
  recipient: Recipient;
}

/** Reads the line and picks who gets the seat; call before any write of the transaction. */
export async function readPromotion(
  tx: Transaction,
  session: StoredSession,
  excludeUid: string,
): Promise<Promotion | null> {
  const line = await tx.get(waitlistRef(session.id).orderBy('joinedAt').limit(PROMOTION_CANDIDATES));
  for (const entry of line.docs) {
    if (entry.id === excludeUid) continue;
    const seat = await readSeat(tx, session.id, entry.id);
    if (alreadyBooked(seat) || !canPay(seat, session.data.creditCost)) continue;
    const recipient = await readRecipient(entry.id).catch(() => null);
    if (recipient) return { seat, recipient };
  }
  return null;
}
