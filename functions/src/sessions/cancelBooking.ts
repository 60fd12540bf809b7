// `cancelBooking` (contract, CAPS-6): the member inside the policy window, or staff at any time,
// cancels a confirmed booking (space bookings: spaces/cancelSpaceBooking.ts). One transaction
// refunds the credits (entry
// `refund_<bookingId>_<attempt>`, so once), frees the seat, hands it to the first member in line who
// can pay, and queues the mails. A second call finds the booking cancelled and changes nothing.
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  bookingRefundEntryId,
  canMemberCancel,
  cancelBookingInputSchema,
  cancellationDeadline,
  isBookable,
  type CancelBookingResult,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { readWallet, runLedgerTransaction, writeLedgerEntry } from '../credits/ledger.ts';
import { assertOwnerOrManager, isManager } from '../lib/access.ts';
import { readRecipient } from './recipient.ts';
import { writeSeat } from './seatBooking.ts';
import { queueSessionMail, sessionMailId } from './sessionMail.ts';
import {
  bookingRef,
  parseBooking,
  parseSession,
  readPolicies,
  sessionAccessRef,
  sessionRef,
  waitlistRef,
} from './sessionStore.ts';
import { readPromotion } from './waitlistPromotion.ts';
import { cancelSpaceBooking } from '../spaces/cancelSpaceBooking.ts';

export const handleCancelBooking = callable(
  { input: cancelBookingInputSchema, requireVerifiedEmail: true },
  async ({ bookingId }, caller): Promise<CancelBookingResult> => {
    const first = await bookingRef(bookingId).get();
    if (!first.exists) throw callableError('not-found', 'Réservation introuvable.');
    const known = parseBooking(first.data());
    assertOwnerOrManager(caller, known.uid);
    if (known.kind === 'space') return cancelSpaceBooking(caller, bookingId, known);
    if (known.kind !== 'session' || !known.sessionId) {
      throw callableError('failed-precondition', 'Cette réservation ne s’annule pas ici.', {
        reason: 'not-bookable',
      });
    }
    const sessionId = known.sessionId;
    const [recipient, policies] = await Promise.all([
      readRecipient(known.uid).catch(() => null),
      readPolicies(),
    ]);
    const byStaff = isManager(caller.role) && caller.uid !== known.uid;

    return runLedgerTransaction(async (tx) => {
      const [bookingSnapshot, sessionSnapshot, accessSnapshot] = await tx.getAll(
        bookingRef(bookingId),
        sessionRef(sessionId),
        sessionAccessRef(sessionId),
      );
      const booking = parseBooking(bookingSnapshot?.data());
      if (booking.status !== 'confirmed') return { status: booking.status, refundedCredits: 0 };
      const session = parseSession(sessionId, sessionSnapshot?.data());
      const now = new Date();
      if (
        !isManager(caller.role) &&
        !canMemberCancel(session.data.startsAt, policies.cancellationWindowHours, now)
      ) {
        const deadline = cancellationDeadline(session.data.startsAt, policies.cancellationWindowHours);
        throw callableError(
          'failed-precondition',
          `L’annulation n’est plus possible : elle l’était jusqu’au ${new Intl.DateTimeFormat('fr-FR', { timeZone: policies.timeZone, dateStyle: 'long', timeStyle: 'short' }).format(deadline)}.`,
          { reason: 'outside-cancel-window' },
        );
      }
      const credits = booking.payment.credits ?? 0;
      const refundEntryId = bookingRefundEntryId(bookingId, booking.attempt);
      const wallet = await readWallet(tx, booking.uid, refundEntryId);
      // The freed seat is handed on only if it is still a seat (staff may have lowered the capacity).
      const seatFree = session.data.seatsBooked - 1 < session.data.capacity;
      const promotion =
        seatFree && isBookable(session.data, now) ? await readPromotion(tx, session, booking.uid) : null;

      // Writes.
      if (credits > 0) {
        writeLedgerEntry(tx, wallet, {
          uid: booking.uid,
          entryId: refundEntryId,
          delta: credits,
          kind: 'refund',
          ref: `bookings/${bookingId}`,
          reason: byStaff ? 'Annulation par l’équipe' : 'Annulation par le membre',
          actor: caller.uid,
        });
      }
      const stamp = FieldValue.serverTimestamp();
      tx.update(bookingRef(bookingId), {
        status: 'cancelled',
        refundedCredits: credits,
        cancelledBy: caller.uid,
        cancelledAt: stamp,
        updatedAt: stamp,
      });
      const lmsUrl: unknown = accessSnapshot?.get('lmsUrl');
      if (promotion) {
        const balance = writeSeat(tx, promotion.seat, session, 'system');
        tx.delete(waitlistRef(sessionId).doc(promotion.seat.uid));
        queueSessionMail(tx, sessionMailId('promoted', promotion.seat.bookingId, promotion.seat.attempt), {
          kind: 'promoted',
          to: promotion.recipient,
          sessionId,
          session: session.data,
          policies,
          credits: session.data.creditCost,
          balance,
          ...(typeof lmsUrl === 'string' ? { lmsUrl } : {}),
          bookingId: promotion.seat.bookingId,
        });
      }
      tx.update(sessionRef(sessionId), {
        seatsBooked: Math.max(session.data.seatsBooked - (promotion ? 0 : 1), 0),
        ...(promotion ? { waitlistCount: Math.max(session.data.waitlistCount - 1, 0) } : {}),
        updatedAt: stamp,
      });
      if (recipient) {
        queueSessionMail(tx, sessionMailId('cancellation', bookingId, booking.attempt), {
          kind: 'cancellation',
          to: recipient,
          sessionId,
          session: session.data,
          policies,
          credits,
          bookingId,
        });
      }
      return { status: 'cancelled', refundedCredits: credits };
    });
  },
);

export const cancelBooking = onCall(callableOptions, handleCancelBooking);
