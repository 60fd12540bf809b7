// The webhook's side of a card-paid space booking (SPACE-3): payment received for the order of a
// booking on hold. Inside the webhook event's transaction: if the seats are still the member's (the
// hold has not lapsed, or nobody took them since), the booking is confirmed and the hold made
// permanent; otherwise the booking is cancelled and staff are asked to refund (a payment alert).
import { FieldPath, FieldValue, type Transaction } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { bookingDocSchema, canBook, type OrderDoc } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { orderRef } from '../payments/orders.ts';
import { writePaymentAlert, type EventEffect } from '../payments/webhookEvents.ts';
import { bookingRef, readPolicies } from '../sessions/sessionStore.ts';
import { policyFor } from './bookSpace.ts';
import { spaceOrderId } from './spaceCheckout.ts';
import { aboutBooking, queueSpaceMessages, recipientFrom } from './spaceMail.ts';
import { paidText } from './spacePricing.ts';
import {
  daysAround,
  parseResource,
  readOccupancy,
  releaseHold,
  resourceRef,
  spaceDayRef,
} from './spaceStore.ts';

export async function confirmSpacePayment(
  tx: Transaction,
  event: Stripe.Event,
  order: { id: string; data: OrderDoc },
  paidFields: Record<string, unknown>,
): Promise<EventEffect> {
  const ref = `orders/${order.id}`;
  const bookingId = order.data.bookingId ?? '';
  const bookingSnapshot = await tx.get(bookingRef(bookingId));
  const booking = bookingDocSchema.parse(bookingSnapshot.data());
  const orderPaid = { ...paidFields, ...(order.data.paidAt ? {} : { paidAt: FieldValue.serverTimestamp() }) };
  // An order of an earlier attempt (its hold lapsed, the member booked again) pays for nothing now.
  const current = order.id === spaceOrderId(bookingId, booking.attempt);
  if (current && booking.status === 'confirmed') {
    tx.update(orderRef(order.id), orderPaid);
    return { outcome: 'ignored', ref, note: 'booking already confirmed' };
  }
  const policies = await readPolicies();
  const resourceId = booking.resourceId ?? '';
  const startMs = booking.startsAt.toDate().getTime();
  const endMs = booking.endsAt.toDate().getTime();
  const { occupancy, extra } = await readOccupancy(
    tx,
    resourceId,
    daysAround(startMs, endMs, policies.timeZone),
    [resourceRef(resourceId), db().collection('users').doc(booking.uid)],
  );
  const resource = parseResource(extra[0]);
  const profile: unknown = extra[1]?.data();
  const own = occupancy.bookings.find((hold) => hold.bookingId === bookingId);
  const nowMs = Date.now();
  // Judged as when the member booked (notice and window were checked then), against what others
  // hold now: a lapsed hold of someone else no longer counts.
  const fits =
    current &&
    booking.status === 'pending_payment' &&
    canBook({
      resource: { ...policyFor(resource, true), active: true },
      timeZone: policies.timeZone,
      now: booking.createdAt.toDate().getTime(),
      bookings: occupancy.bookings.filter(
        (hold) => hold.bookingId !== bookingId && (hold.heldUntil === undefined || hold.heldUntil > nowMs),
      ),
      blocks: occupancy.blocks,
      start: startMs,
      end: endMs,
      seats: booking.seats ?? 1,
    }).ok;
  const localDate = booking.localDate ?? '';
  const stamp = FieldValue.serverTimestamp();
  tx.update(orderRef(order.id), orderPaid);
  if (fits) {
    tx.update(
      spaceDayRef(resourceId, localDate),
      new FieldPath('holds', bookingId),
      { start: startMs, end: endMs, seats: booking.seats ?? 1 },
      'updatedAt',
      stamp,
    );
    tx.update(bookingRef(bookingId), {
      status: 'confirmed',
      holdExpiresAt: FieldValue.delete(),
      updatedAt: stamp,
    });
    const recipient = recipientFrom(booking.uid, extra[1]);
    if (recipient) {
      queueSpaceMessages(
        tx,
        String(booking.attempt),
        {
          kind: 'confirmation',
          to: recipient,
          ...aboutBooking(bookingId, booking, policies.timeZone),
          paid: paidText('card', 0, order.data.amountCents),
          cancellationWindowHours: policies.cancellationWindowHours,
        },
        profile,
      );
    }
    return { outcome: 'applied', ref, note: `booking ${bookingId} confirmed` };
  }
  if (current) {
    if (own) releaseHold(tx, resourceId, localDate, bookingId);
    if (booking.status !== 'cancelled') {
      tx.update(bookingRef(bookingId), {
        status: 'cancelled',
        cancelledBy: 'system',
        cancelledAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  const recipient = recipientFrom(booking.uid, extra[1]);
  if (recipient) {
    queueSpaceMessages(
      tx,
      order.id.slice(order.id.lastIndexOf('-') + 1),
      {
        kind: 'paid-too-late',
        to: recipient,
        ...aboutBooking(bookingId, booking, policies.timeZone),
        paid: paidText('card', 0, order.data.amountCents),
      },
      profile,
    );
  }
  writePaymentAlert(tx, {
    kind: 'space-paid-too-late',
    eventId: event.id,
    orderId: order.id,
    uid: booking.uid,
    message: `Réservation ${booking.title} payée après l’expiration du créneau, repris entre-temps : remboursez la commande ${order.id}.`,
  });
  return { outcome: 'flagged', ref, note: 'space hold lapsed and taken' };
}
