// `bookSpace` (contract, SPACE-3): one transaction reads the resource, the capacity documents of
// the days the span can reach, the booking (its idempotency key) and what pays for it, checks the
// span with the domain's `canBook` (the same function the calendars use), then writes the hold,
// the booking, the debit and the messages. Two bookings that could share capacity read a common
// day document, so Firestore serialises them: capacity can never be taken twice.
//
// Paid by credits (debited in the same transaction), by card (the seats are held for
// CARD_HOLD_MINUTES while the member pays; see spaceCheckout.ts), or by a plan (an active
// subscription, when the resource is included). Staff may book for a member (`uid`) or for the
// organisation's own use (`internal`), and are not bound by the notice and window.
import { createHash } from 'node:crypto';
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import {
  CARD_HOLD_MINUTES,
  bookSpaceInputSchema,
  bookingDebitEntryId,
  canBook,
  localDateOf,
  spaceRequestBookingId,
  type BookSpaceInput,
  type BookSpaceResult,
  type BookingDoc,
  type ResourceFields,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable, type Caller } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { KeyedLimiter } from '../lib/keyedLimiter.ts';
import { isManager } from '../lib/access.ts';
import {
  balanceAfter,
  insufficientCredits,
  readWallet,
  runLedgerTransaction,
  writeLedgerEntry,
} from '../credits/ledger.ts';
import { db } from '../lib/admin.ts';
import { readMemberProfile } from '../sessions/recipient.ts';
import { bookingRef, readPolicies } from '../sessions/sessionStore.ts';
import type { Recipient } from '../sessions/sessionMail.ts';
import { cannotBook, paymentNotOffered } from './spaceErrors.ts';
import { queueSpaceMessages } from './spaceMail.ts';
import { paidText, slotCount } from './spacePricing.ts';
import {
  daysAround,
  parseResource,
  peekOccupancy,
  readOccupancy,
  resourceRef,
  writeHold,
} from './spaceStore.ts';
import { startSpaceCheckout } from './spaceCheckout.ts';

/**
 * The idempotency key of a booking made without a `requestId`: one per resource, start and owner,
 * hashed so the id (a key of the day documents every member reads) names nobody.
 */
export function naturalBookingId(resourceId: string, startMs: number, owner: string): string {
  const digest = createHash('sha256')
    .update(`${resourceId}|${String(startMs)}|${owner}`)
    .digest('hex');
  return `space_${digest.slice(0, 32)}`;
}

/** Booking transactions in flight per resource in this instance (see KeyedLimiter). */
const BOOKINGS_IN_FLIGHT_PER_RESOURCE = 4;
const resourceLanes = new KeyedLimiter(BOOKINGS_IN_FLIGHT_PER_RESOURCE);
const MINUTE = 60_000;

function forbidden(): Error {
  return callableError(
    'permission-denied',
    'Seule l’équipe peut réserver pour un membre ou pour un usage interne.',
    {
      reason: 'forbidden',
    },
  );
}

/** Staff are not held to the member-facing notice and window; opening hours and capacity bind all. */
export function policyFor(resource: ResourceFields, byStaff: boolean): ResourceFields {
  return byStaff ? { ...resource, minNoticeMinutes: 0, bookingWindowDays: 365 } : resource;
}

/** Whether the member has a subscription that is running (plans include some resources). */
async function hasActivePlan(tx: Transaction, uid: string): Promise<boolean> {
  const running = await tx.get(
    db()
      .collection('subscriptions')
      .where('uid', '==', uid)
      .where('status', 'in', ['active', 'trialing'])
      .limit(1),
  );
  return !running.empty;
}

interface Party {
  /** Whose booking it is: the member, or the staff member for internal use. */
  uid: string;
  internal: boolean;
  recipient: Recipient | null;
  profile: unknown;
}

async function partyFor(input: BookSpaceInput, caller: Caller): Promise<Party> {
  const onBehalf = input.uid !== undefined && input.uid !== caller.uid;
  if ((onBehalf || input.internal === true) && !isManager(caller.role)) throw forbidden();
  if (input.internal === true) return { uid: caller.uid, internal: true, recipient: null, profile: null };
  if (onBehalf && input.payWith === 'card') {
    throw callableError(
      'failed-precondition',
      'Le paiement par carte se fait par le membre lui-même : réservez pour lui en crédits ou avec son forfait.',
      { reason: 'payment-not-offered' },
    );
  }
  const uid = input.uid ?? caller.uid;
  const { recipient, profile } = await readMemberProfile(uid);
  return { uid, internal: false, recipient, profile };
}

export const handleBookSpace = callable(
  { input: bookSpaceInputSchema, requireVerifiedEmail: true },
  async (input, caller): Promise<BookSpaceResult> => {
    const party = await partyFor(input, caller);
    const byStaff = isManager(caller.role);
    const policies = await readPolicies();
    const startMs = Date.parse(input.start);
    const endMs = Date.parse(input.end);
    const owner = party.internal ? `internal-${party.uid}` : party.uid;
    const bookingId = input.requestId
      ? spaceRequestBookingId(input.requestId)
      : naturalBookingId(input.resourceId, startMs, owner);
    const days = daysAround(startMs, endMs, policies.timeZone);
    const localDate = localDateOf(startMs, policies.timeZone);
    const payWith = party.internal ? 'internal' : input.payWith;

    const result = await resourceLanes.run(input.resourceId, async () => {
      // Fast path: once the span is taken, the callers queued behind fail without a transaction.
      const [resourceSnapshot, peek] = await Promise.all([
        resourceRef(input.resourceId).get(),
        peekOccupancy(input.resourceId, days),
      ]);
      const peekResource = policyFor(parseResource(resourceSnapshot), byStaff);
      const early = canBook({
        resource: peekResource,
        timeZone: policies.timeZone,
        now: Date.now(),
        bookings: peek.bookings.filter((hold) => hold.bookingId !== bookingId),
        blocks: peek.blocks,
        start: startMs,
        end: endMs,
        seats: input.seats,
      });
      if (!early.ok && early.reason === 'full') throw cannotBook('full', peekResource);

      return runLedgerTransaction(async (tx) => {
        const { occupancy, extra } = await readOccupancy(tx, input.resourceId, days, [
          resourceRef(input.resourceId),
          bookingRef(bookingId),
        ]);
        const stored = parseResource(extra[0]);
        const resource = policyFor(stored, byStaff);
        if (!stored.active) throw cannotBook('closed', resource);
        const existingSnapshot = extra[1];
        const existing = existingSnapshot?.exists ? (existingSnapshot.data() as BookingDoc) : null;
        if (existing && (existing.uid !== party.uid || existing.resourceId !== input.resourceId)) {
          throw callableError('already-exists', 'Cette demande a déjà servi à une autre réservation.', {
            reason: 'already-booked',
          });
        }
        if (existing && existing.status !== 'cancelled') {
          // A replay of a request already served answers what it did the first time.
          if (input.requestId)
            return {
              bookingId,
              status: existing.status === 'confirmed' ? 'confirmed' : 'pending_payment',
            } satisfies BookSpaceResult;
          throw callableError('already-exists', 'Vous avez déjà réservé cet espace à cette heure.', {
            reason: 'already-booked',
          });
        }
        // A request cancelled by a person stays cancelled: a late retry must not book and charge again.
        // Only a lapsed card hold (cancelled by `system`) may be booked again under the same key.
        if (existing && input.requestId && existing.cancelledBy !== 'system') {
          throw callableError(
            'failed-precondition',
            'Cette réservation a été annulée entre-temps : recommencez depuis la grille des créneaux.',
            { reason: 'not-bookable' },
          );
        }
        const attempt = (existing?.attempt ?? 0) + 1;
        const now = Date.now();
        const verdict = canBook({
          resource,
          timeZone: policies.timeZone,
          now,
          bookings: occupancy.bookings.filter((hold) => hold.bookingId !== bookingId),
          blocks: occupancy.blocks,
          start: startMs,
          end: endMs,
          seats: input.seats,
        });
        if (!verdict.ok) throw cannotBook(verdict.reason, resource);
        const slots = slotCount(verdict.slots);

        // What pays: read before any write.
        let credits = 0;
        let amountCents: number | undefined;
        let wallet = null;
        if (payWith === 'credits') {
          if (stored.creditCost === undefined) throw paymentNotOffered('credits');
          credits = stored.creditCost * slots;
          wallet = await readWallet(tx, party.uid, bookingDebitEntryId(bookingId, attempt));
          if (balanceAfter(wallet, -credits) === null) throw insufficientCredits([party.uid]);
        } else if (payWith === 'plan') {
          if (!stored.includedInPlan) throw paymentNotOffered('plan');
          if (!(await hasActivePlan(tx, party.uid))) {
            throw callableError(
              'failed-precondition',
              'Cet espace est inclus dans les forfaits : il faut un abonnement en cours pour le réserver ainsi.',
              { reason: 'plan-required' },
            );
          }
        } else if (payWith === 'card') {
          if (stored.priceCents === undefined) throw paymentNotOffered('card');
          amountCents = stored.priceCents * slots;
        }

        // Writes.
        const heldUntil = payWith === 'card' ? now + CARD_HOLD_MINUTES * MINUTE : undefined;
        writeHold(tx, input.resourceId, localDate, bookingId, {
          start: startMs,
          end: endMs,
          seats: input.seats,
          ...(heldUntil === undefined ? {} : { heldUntil }),
        });
        const balance = wallet
          ? writeLedgerEntry(tx, wallet, {
              uid: party.uid,
              entryId: bookingDebitEntryId(bookingId, attempt),
              delta: -credits,
              kind: 'booking',
              ref: `bookings/${bookingId}`,
              actor: caller.uid,
            })
          : undefined;
        const stamp = FieldValue.serverTimestamp();
        const status: BookSpaceResult['status'] = payWith === 'card' ? 'pending_payment' : 'confirmed';
        tx.set(bookingRef(bookingId), {
          uid: party.uid,
          kind: 'space',
          resourceId: input.resourceId,
          title: stored.name,
          startsAt: Timestamp.fromMillis(startMs),
          endsAt: Timestamp.fromMillis(endMs),
          localDate,
          seats: input.seats,
          status,
          payment: {
            method: payWith,
            ...(payWith === 'credits' ? { credits } : {}),
            ...(amountCents === undefined ? {} : { amountCents }),
          },
          attempt,
          // Never reset: message ids carry it with the attempt.
          moves: existing?.moves ?? 0,
          bookedBy: caller.uid,
          ...(party.internal ? { internal: true } : {}),
          ...(input.note ? { note: input.note } : {}),
          ...(heldUntil === undefined ? {} : { holdExpiresAt: Timestamp.fromMillis(heldUntil) }),
          createdAt: stamp,
          updatedAt: stamp,
        });
        if (party.recipient && status === 'confirmed') {
          queueSpaceMessages(
            tx,
            String(attempt),
            {
              kind: 'confirmation',
              to: party.recipient,
              bookingId,
              resourceName: stored.name,
              start: new Date(startMs),
              end: new Date(endMs),
              seats: input.seats,
              timeZone: policies.timeZone,
              paid: paidText(payWith, credits, amountCents),
              ...(balance === undefined ? {} : { balance }),
              cancellationWindowHours: policies.cancellationWindowHours,
              sequence: 0,
            },
            party.profile,
          );
        }
        return { bookingId, status, ...(balance === undefined ? {} : { balance }) } satisfies BookSpaceResult;
      });
    });
    // A card booking (or its replay) is paid on the checkout page, made once per booking attempt.
    if (result.status !== 'pending_payment') return result;
    return { ...result, url: await startSpaceCheckout(result.bookingId, caller) };
  },
);

export const bookSpace = onCall(callableOptions, handleBookSpace);
