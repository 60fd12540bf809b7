// `bookSession` (contract, CAPS-2): one transaction checks the session (published, scheduled, not
// started), the member's existing booking (`session_<sessionId>_<uid>`), the seats and the balance,
// then writes the booking, the ledger debit, the new balance, `seatsBooked` and the confirmation
// mail. Nobody can oversell a seat or spend credits they do not have: every check reads what the
// writes depend on, and Firestore retries the transaction when any of it changed meanwhile.
// Staff may book for a member (`uid`), e.g. a group booked by phone.
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { bookSessionInputSchema, isBookable, type BookSessionResult } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { isDemoProject, projectId } from '../lib/stripe.ts';
import { KeyedLimiter } from '../lib/keyedLimiter.ts';
import { meterTransaction, newTxStats, type TxStats } from '../lib/txMeter.ts';
import { insufficientCredits, runLedgerTransaction } from '../credits/ledger.ts';
import { assertOwnerOrManager } from '../lib/access.ts';
import { readRecipient } from './recipient.ts';
import { alreadyBooked, canPay, readSeat, writeSeat } from './seatBooking.ts';
import { queueSessionMail, sessionMailId } from './sessionMail.ts';
import { parseSession, readPolicies, sessionAccessRef, sessionRef, waitlistRef } from './sessionStore.ts';

export function notBookable(message = 'Cette formation ne peut plus être réservée.'): Error {
  return callableError('failed-precondition', message, { reason: 'not-bookable' });
}

export function sessionFull(): Error {
  return callableError(
    'resource-exhausted',
    'Cette formation est complète. Vous pouvez rejoindre la liste d’attente.',
    {
      reason: 'full',
    },
  );
}

/**
 * Booking transactions in flight per session in this instance. A popular session is one hot
 * document; more concurrent transactions on it than this only abort each other and back off.
 */
export const BOOKINGS_IN_FLIGHT_PER_SESSION = 4;
const sessionLanes = new KeyedLimiter(BOOKINGS_IN_FLIGHT_PER_SESSION);

/** A plain read first: once a session is full, callers waiting for their turn fail at once. */
async function assertSeatsLeft(sessionId: string): Promise<void> {
  const snapshot = await sessionRef(sessionId).get();
  const seatsBooked: unknown = snapshot.get('seatsBooked');
  const capacity: unknown = snapshot.get('capacity');
  if (typeof seatsBooked === 'number' && typeof capacity === 'number' && seatsBooked >= capacity)
    throw sessionFull();
}

export const handleBookSession = callable(
  { input: bookSessionInputSchema, requireVerifiedEmail: true },
  async (
    { sessionId, uid: target },
    caller,
  ): Promise<BookSessionResult & { stats?: TxStats & { ms: number } }> => {
    const started = performance.now();
    const uid = target ?? caller.uid;
    assertOwnerOrManager(caller, uid);
    const [recipient, policies] = await Promise.all([readRecipient(uid), readPolicies()]);
    const stats = newTxStats();

    const result = await sessionLanes.run(sessionId, async () => {
      await assertSeatsLeft(sessionId);
      return runLedgerTransaction(async (transaction) => {
        const tx = meterTransaction(transaction, stats);
        const [sessionSnapshot, accessSnapshot, waitlistSnapshot] = await tx.getAll(
          sessionRef(sessionId),
          sessionAccessRef(sessionId),
          waitlistRef(sessionId).doc(uid),
        );
        if (!sessionSnapshot?.exists) throw notBookable('Formation introuvable.');
        const session = parseSession(sessionId, sessionSnapshot.data());
        if (!isBookable(session.data, new Date())) throw notBookable();

        const seat = await readSeat(tx, sessionId, uid);
        if (alreadyBooked(seat)) {
          throw callableError('already-exists', 'Vous êtes déjà inscrit(e) à cette formation.', {
            reason: 'already-booked',
          });
        }
        if (session.data.seatsBooked >= session.data.capacity) throw sessionFull();
        if (!canPay(seat, session.data.creditCost)) throw insufficientCredits([uid]);

        const balance = writeSeat(tx, seat, session, caller.uid === uid ? uid : caller.uid);
        const onWaitlist = waitlistSnapshot?.exists === true;
        if (onWaitlist) tx.delete(waitlistRef(sessionId).doc(uid));
        tx.update(sessionRef(sessionId), {
          seatsBooked: session.data.seatsBooked + 1,
          ...(onWaitlist ? { waitlistCount: Math.max(session.data.waitlistCount - 1, 0) } : {}),
          updatedAt: FieldValue.serverTimestamp(),
        });
        const lmsUrl: unknown = accessSnapshot?.get('lmsUrl');
        queueSessionMail(tx, sessionMailId('confirmation', seat.bookingId, seat.attempt), {
          kind: 'confirmation',
          to: recipient,
          sessionId,
          session: session.data,
          policies,
          credits: session.data.creditCost,
          balance,
          ...(typeof lmsUrl === 'string' ? { lmsUrl } : {}),
          bookingId: seat.bookingId,
        });
        return { bookingId: seat.bookingId, balance };
      });
    });
    // The benchmark's measure (issue 5 item 9), reported by demo projects only.
    return isDemoProject(projectId())
      ? { ...result, stats: { ...stats, ms: performance.now() - started } }
      : result;
  },
);

export const bookSession = onCall(callableOptions, handleBookSession);
