// `cancelSession` (staff, CAPS-6): the session becomes cancelled (no more bookings), then every
// confirmed booking is cancelled with its refund and mail, each in its own transaction (a session
// may hold more bookings than one transaction may write), and everyone in line is told. Each step
// is idempotent (refund entry and mail ids are deterministic; a cancelled booking is skipped), so
// calling again after a failure finishes the job without refunding twice.
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { bookingRefundEntryId, cancelSessionInputSchema } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { readWallet, runLedgerTransaction, writeLedgerEntry } from '../credits/ledger.ts';
import { readRecipient } from './recipient.ts';
import { queueSessionMail, sessionMailId } from './sessionMail.ts';
import {
  bookingRef,
  parseBooking,
  parseSession,
  readPolicies,
  sessionRef,
  waitlistRef,
  type SessionPolicies,
  type StoredSession,
} from './sessionStore.ts';

async function cancelOneBooking(
  bookingId: string,
  session: StoredSession,
  policies: SessionPolicies,
  reason: string,
  actor: string,
): Promise<boolean> {
  const known = parseBooking((await bookingRef(bookingId).get()).data());
  const recipient = await readRecipient(known.uid).catch(() => null);
  return runLedgerTransaction(async (tx) => {
    const booking = parseBooking((await tx.get(bookingRef(bookingId))).data());
    if (booking.status !== 'confirmed') return false;
    const credits = booking.payment.credits ?? 0;
    const wallet = await readWallet(tx, booking.uid, bookingRefundEntryId(bookingId, booking.attempt));
    if (credits > 0) {
      writeLedgerEntry(tx, wallet, {
        uid: booking.uid,
        entryId: bookingRefundEntryId(bookingId, booking.attempt),
        delta: credits,
        kind: 'refund',
        ref: `bookings/${bookingId}`,
        reason: `Formation annulée : ${reason}`,
        actor,
      });
    }
    const stamp = FieldValue.serverTimestamp();
    tx.update(bookingRef(bookingId), {
      status: 'cancelled',
      refundedCredits: credits,
      cancelledBy: actor,
      cancelledAt: stamp,
      updatedAt: stamp,
    });
    tx.update(sessionRef(session.id), { seatsBooked: FieldValue.increment(-1), updatedAt: stamp });
    if (recipient) {
      queueSessionMail(tx, sessionMailId('session-cancelled', bookingId, booking.attempt), {
        kind: 'session-cancelled',
        to: recipient,
        sessionId: session.id,
        session: session.data,
        policies,
        credits,
        reason,
        bookingId,
      });
    }
    return true;
  });
}

async function releaseWaitlist(
  session: StoredSession,
  policies: SessionPolicies,
  reason: string,
): Promise<void> {
  const line = await waitlistRef(session.id).get();
  for (const entry of line.docs) {
    const recipient = await readRecipient(entry.id).catch(() => null);
    await db().runTransaction(async (tx) => {
      const current = await tx.get(entry.ref);
      if (!current.exists) return;
      tx.delete(entry.ref);
      tx.update(sessionRef(session.id), { waitlistCount: FieldValue.increment(-1) });
      if (recipient) {
        queueSessionMail(tx, sessionMailId('session-cancelled', `waitlist_${session.id}_${entry.id}`, 1), {
          kind: 'session-cancelled',
          to: recipient,
          sessionId: session.id,
          session: session.data,
          policies,
          credits: 0,
          reason,
          bookingId: `waitlist_${session.id}_${entry.id}`,
        });
      }
    });
  }
}

export const handleCancelSession = callable(
  { input: cancelSessionInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ sessionId, reason }, caller): Promise<{ cancelledBookings: number }> => {
    const policies = await readPolicies();
    const session = await db().runTransaction(async (tx) => {
      const snapshot = await tx.get(sessionRef(sessionId));
      if (!snapshot.exists) throw callableError('not-found', 'Formation introuvable.');
      const stored = parseSession(sessionId, snapshot.data());
      if (stored.data.status !== 'cancelled') {
        const stamp = FieldValue.serverTimestamp();
        tx.update(sessionRef(sessionId), {
          status: 'cancelled',
          cancelReason: reason,
          cancelledAt: stamp,
          updatedAt: stamp,
        });
        writeAuditLog(tx, { actor: caller.uid, action: 'session.cancel', target: sessionId, reason });
      }
      return stored;
    });
    // Every booking the session ever had, confirmed ones are cancelled (the query is outside any
    // transaction: a booking made meanwhile is refused, the session being cancelled).
    const bookings = await db()
      .collection('bookings')
      .where('sessionId', '==', sessionId)
      .where('status', '==', 'confirmed')
      .get();
    let cancelled = 0;
    for (const booking of bookings.docs) {
      if (await cancelOneBooking(booking.id, session, policies, reason, caller.uid)) cancelled += 1;
    }
    await releaseWaitlist(session, policies, reason);
    return { cancelledBookings: cancelled };
  },
);

export const cancelSession = onCall(callableOptions, handleCancelSession);
