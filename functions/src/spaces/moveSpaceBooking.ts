// `moveSpaceBooking` (SPACE-4): the same booking (same resource, duration and seats, so the same
// price: no money moves) to another time. Members may move until the cancellation window before the
// current start; staff at any time. One transaction reads the days around the old and the new
// span, checks the new one with `canBook` (the booking's own hold left out), moves the hold and
// the times, and queues the messages with an .ics that replaces the old event (SEQUENCE = moves).
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import {
  canBook,
  localDateOf,
  moveSpaceBookingInputSchema,
  canMemberCancel,
  type MoveSpaceBookingResult,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { assertOwnerOrManager, isManager } from '../lib/access.ts';
import { db } from '../lib/admin.ts';
import { runLedgerTransaction } from '../credits/ledger.ts';
import { bookingRef, parseBooking, readPolicies } from '../sessions/sessionStore.ts';
import { policyFor } from './bookSpace.ts';
import { outsideWindow } from './cancelSpaceBooking.ts';
import { cannotBook } from './spaceErrors.ts';
import { movedVersion, queueSpaceMessages, recipientFrom } from './spaceMail.ts';
import {
  daysAround,
  parseResource,
  readOccupancy,
  releaseHold,
  resourceRef,
  writeHold,
} from './spaceStore.ts';

function notMovable(message: string): Error {
  return callableError('failed-precondition', message, { reason: 'not-movable' });
}

export const handleMoveSpaceBooking = callable(
  { input: moveSpaceBookingInputSchema, requireVerifiedEmail: true },
  async ({ bookingId, start, end }, caller): Promise<MoveSpaceBookingResult> => {
    const first = await bookingRef(bookingId).get();
    if (!first.exists)
      throw callableError('not-found', 'Réservation introuvable.', { reason: 'not-movable' });
    const known = parseBooking(first.data());
    assertOwnerOrManager(caller, known.uid);
    if (known.kind !== 'space' || !known.resourceId)
      throw notMovable('Seule une réservation d’espace se déplace ici.');
    const resourceId = known.resourceId;
    const byStaff = isManager(caller.role);
    const policies = await readPolicies();
    const startMs = Date.parse(start);
    const endMs = Date.parse(end);
    const days = [
      ...new Set([
        ...daysAround(startMs, endMs, policies.timeZone),
        known.localDate ?? localDateOf(known.startsAt.toDate().getTime(), policies.timeZone),
      ]),
    ].sort();

    return runLedgerTransaction(async (tx) => {
      const { occupancy, extra } = await readOccupancy(tx, resourceId, days, [
        bookingRef(bookingId),
        resourceRef(resourceId),
        db().collection('users').doc(known.uid),
      ]);
      const booking = parseBooking(extra[0]?.data());
      if (booking.status !== 'confirmed')
        throw notMovable('Seule une réservation confirmée peut être déplacée.');
      const oldStart = booking.startsAt.toDate().getTime();
      const oldEnd = booking.endsAt.toDate().getTime();
      if (oldStart === startMs && oldEnd === endMs) return { bookingId };
      if (endMs - startMs !== oldEnd - oldStart) {
        throw notMovable(
          'Un déplacement garde la même durée : annulez et réservez à nouveau pour la changer.',
        );
      }
      if (
        !byStaff &&
        !canMemberCancel(booking.startsAt.toDate(), policies.cancellationWindowHours, new Date())
      ) {
        throw outsideWindow(booking.startsAt.toDate(), policies, 'Le déplacement');
      }
      const stored = parseResource(extra[1]);
      const resource = policyFor(stored, byStaff);
      if (!stored.active) throw cannotBook('closed', resource);
      const seats = booking.seats ?? 1;
      const verdict = canBook({
        resource,
        timeZone: policies.timeZone,
        now: Date.now(),
        bookings: occupancy.bookings.filter((hold) => hold.bookingId !== bookingId),
        blocks: occupancy.blocks,
        start: startMs,
        end: endMs,
        seats,
      });
      if (!verdict.ok) throw cannotBook(verdict.reason, resource);

      // Writes: the hold leaves its old day (if another) and takes the new one.
      const oldDay = booking.localDate ?? localDateOf(oldStart, policies.timeZone);
      // Moved meanwhile to a day this transaction did not read: its hold cannot be released safely.
      if (!days.includes(oldDay)) {
        throw callableError('aborted', 'Cette réservation vient d’être modifiée : réessayez.', {
          reason: 'not-movable',
        });
      }
      const newDay = localDateOf(startMs, policies.timeZone);
      if (oldDay !== newDay) releaseHold(tx, resourceId, oldDay, bookingId);
      writeHold(tx, resourceId, newDay, bookingId, { start: startMs, end: endMs, seats });
      const moves = (booking.moves ?? 0) + 1;
      tx.update(bookingRef(bookingId), {
        startsAt: Timestamp.fromMillis(startMs),
        endsAt: Timestamp.fromMillis(endMs),
        localDate: newDay,
        moves,
        updatedAt: FieldValue.serverTimestamp(),
      });
      const recipient = booking.internal ? null : recipientFrom(booking.uid, extra[2]);
      if (recipient) {
        queueSpaceMessages(
          tx,
          movedVersion(booking.attempt, moves),
          {
            kind: 'moved',
            to: recipient,
            bookingId,
            resourceName: booking.title,
            start: new Date(startMs),
            end: new Date(endMs),
            seats,
            timeZone: policies.timeZone,
            sequence: moves,
          },
          extra[2]?.data(),
        );
      }
      return { bookingId };
    });
  },
);

export const moveSpaceBooking = onCall(callableOptions, handleMoveSpaceBooking);
