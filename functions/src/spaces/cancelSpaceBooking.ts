// Cancelling a space booking (SPACE-4), reached through `cancelBooking` (one callable for every
// kind of booking). Same policy as sessions: the member may cancel until the window before the
// start and gets the credits back; staff may cancel at any time and always refund. One transaction
// frees the seats (removes the hold), refunds once (`refund_<bookingId>_<attempt>`), marks the
// booking and queues the messages; a second call finds it cancelled and changes nothing.
import { FieldValue } from 'firebase-admin/firestore';
import {
  bookingRefundEntryId,
  canMemberCancel,
  cancellationDeadline,
  type BookingDoc,
  type CancelBookingResult,
} from '@agora/domain';
import type { Caller } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { isManager } from '../lib/access.ts';
import { readWallet, runLedgerTransaction, writeLedgerEntry } from '../credits/ledger.ts';
import { db } from '../lib/admin.ts';
import { writePaymentAlert } from '../payments/webhookEvents.ts';
import { bookingRef, parseBooking, readPolicies, type SessionPolicies } from '../sessions/sessionStore.ts';
import { aboutBooking, queueSpaceMessages, recipientFrom } from './spaceMail.ts';
import { releaseHold, spaceDayRef } from './spaceStore.ts';

export function outsideWindow(startsAt: Date, policies: SessionPolicies, what: string): Error {
  const deadline = cancellationDeadline(startsAt, policies.cancellationWindowHours);
  const formatted = new Intl.DateTimeFormat('fr-FR', {
    timeZone: policies.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(deadline);
  return callableError(
    'failed-precondition',
    `${what} n’est plus possible : elle l’était jusqu’au ${formatted}.`,
    {
      reason: 'outside-cancel-window',
    },
  );
}

export async function cancelSpaceBooking(
  caller: Caller,
  bookingId: string,
  known: BookingDoc,
): Promise<CancelBookingResult> {
  const policies = await readPolicies();
  const byStaff = isManager(caller.role);
  return runLedgerTransaction(async (tx) => {
    const booking = parseBooking((await tx.get(bookingRef(bookingId))).data());
    if (booking.status === 'cancelled') return { status: 'cancelled', refundedCredits: 0 };
    const startsAt = booking.startsAt.toDate();
    // A hold awaiting payment may always be dropped by its owner: nothing was paid.
    if (
      booking.status === 'confirmed' &&
      !byStaff &&
      !canMemberCancel(startsAt, policies.cancellationWindowHours, new Date())
    ) {
      throw outsideWindow(startsAt, policies, 'L’annulation');
    }
    const credits =
      booking.status === 'confirmed' && booking.payment.method === 'credits'
        ? (booking.payment.credits ?? 0)
        : 0;
    const refundEntryId = bookingRefundEntryId(bookingId, booking.attempt);
    const [wallet, day, profile] = await Promise.all([
      credits > 0 ? readWallet(tx, booking.uid, refundEntryId) : null,
      tx.get(spaceDayRef(known.resourceId ?? '', booking.localDate ?? '')),
      booking.internal ? null : tx.get(db().collection('users').doc(booking.uid)),
    ]);

    // Writes.
    if (wallet) {
      writeLedgerEntry(tx, wallet, {
        uid: booking.uid,
        entryId: refundEntryId,
        delta: credits,
        kind: 'refund',
        ref: `bookings/${bookingId}`,
        reason:
          byStaff && caller.uid !== booking.uid ? 'Annulation par l’équipe' : 'Annulation par le membre',
        actor: caller.uid,
      });
    }
    if (day.exists) releaseHold(tx, booking.resourceId ?? '', booking.localDate ?? '', bookingId);
    const stamp = FieldValue.serverTimestamp();
    tx.update(bookingRef(bookingId), {
      status: 'cancelled',
      refundedCredits: credits,
      cancelledBy: caller.uid,
      cancelledAt: stamp,
      updatedAt: stamp,
    });
    // A card payment is refunded through Stripe by staff (refundOrder): they are told here.
    const cardRefundDue = booking.status === 'confirmed' && booking.payment.method === 'card';
    if (cardRefundDue) {
      writePaymentAlert(tx, {
        kind: 'space-refund-due',
        eventId: `cancel_${bookingId}_${String(booking.attempt)}`,
        uid: booking.uid,
        ...(booking.orderId ? { orderId: booking.orderId } : {}),
        message: `Réservation ${booking.title} payée par carte annulée : remboursez la commande ${booking.orderId ?? '(inconnue)'}.`,
      });
    }
    const recipient = profile ? recipientFrom(booking.uid, profile) : null;
    if (recipient) {
      queueSpaceMessages(
        tx,
        String(booking.attempt),
        {
          kind: 'cancellation',
          to: recipient,
          ...aboutBooking(bookingId, booking, policies.timeZone),
          refundedCredits: credits,
          cardRefundDue,
        },
        profile?.data(),
      );
    }
    return { status: 'cancelled', refundedCredits: credits };
  });
}
