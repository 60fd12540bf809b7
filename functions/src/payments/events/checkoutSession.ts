// checkout.session.completed / async_payment_succeeded / async_payment_failed (CR-2, CR-3).
// A pack's credits are granted when the money is there: at `completed` when `payment_status` is
// `paid` (card, PayPal), otherwise (SEPA debit) at `async_payment_succeeded`. A subscription's
// credits come with each `invoice.paid`; its checkout only marks the order and links the
// subscription.
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { orderRef, readOrder, matchesOrder } from '../orders.ts';
import { readGrant, writeGrant } from '../fulfilment.ts';
import { checkoutSessionSchema } from '../stripeObjects.ts';
import { confirmSpacePayment } from '../../spaces/confirmSpacePayment.ts';
import { flagMismatch, flagUnknownOrder, type EventEffect } from '../webhookEvents.ts';

export const orderEntryId = (orderId: string) => `order_${orderId}`;

export async function handleCheckoutSession(tx: Transaction, event: Stripe.Event): Promise<EventEffect> {
  const session = checkoutSessionSchema.parse(event.data.object);
  const orderId = session.client_reference_id ?? session.metadata.orderId ?? null;
  const order = orderId ? await readOrder(tx, orderId) : null;
  if (!orderId || !order) return flagUnknownOrder(tx, event, orderId);
  const ref = `orders/${orderId}`;
  if (!matchesOrder(order.data, session.amount_total, session.currency)) {
    return flagMismatch(
      tx,
      event,
      orderId,
      order.data.uid,
      `${session.amount_total ?? '?'} ${session.currency ?? '?'}`,
    );
  }

  const stripeIds = {
    checkoutSessionId: session.id,
    ...(session.payment_intent ? { paymentIntentId: session.payment_intent } : {}),
    ...(session.subscription ? { subscriptionId: session.subscription } : {}),
    ...(session.payment_method_types?.length === 1 ? { paymentMethod: session.payment_method_types[0] } : {}),
  };
  const now = FieldValue.serverTimestamp();

  if (event.type === 'checkout.session.async_payment_failed') {
    if (order.data.status !== 'pending')
      return { outcome: 'ignored', ref, note: `order already ${order.data.status}` };
    tx.update(orderRef(orderId), { ...stripeIds, status: 'failed', awaitingPayment: false, updatedAt: now });
    return { outcome: 'applied', ref };
  }

  const paid =
    event.type === 'checkout.session.async_payment_succeeded' || session.payment_status !== 'unpaid';
  if (!paid) {
    // SEPA debit and other delayed methods: the order waits for the bank.
    if (order.data.status !== 'pending')
      return { outcome: 'ignored', ref, note: `order already ${order.data.status}` };
    tx.update(orderRef(orderId), { ...stripeIds, awaitingPayment: true, updatedAt: now });
    return { outcome: 'applied', ref, note: 'awaiting payment' };
  }
  const paidFields = { ...stripeIds, status: 'paid', awaitingPayment: false, updatedAt: now };
  // Even on an order the hold expiry failed: money came in, so staff must hear of it.
  if (order.data.productKind === 'space-booking' && order.data.status !== 'refunded') {
    return confirmSpacePayment(tx, event, order, paidFields);
  }
  if (order.data.status === 'refunded' || order.data.status === 'failed') {
    return { outcome: 'ignored', ref, note: `order already ${order.data.status}` };
  }
  if (order.data.productKind === 'subscription') {
    tx.update(orderRef(orderId), { ...paidFields, ...(order.data.paidAt ? {} : { paidAt: now }) });
    return { outcome: 'applied', ref, note: 'subscription checkout; credits come with invoice.paid' };
  }

  const plan = await readGrant(tx, {
    uid: order.data.uid,
    orderId,
    credits: order.data.credits,
    amountCents: order.data.amountCents,
    entryId: orderEntryId(orderId),
    kind: 'purchase',
    ref,
    paymentIntentId: session.payment_intent ?? null,
  });
  const { applied } = writeGrant(tx, plan);
  tx.update(orderRef(orderId), { ...paidFields, ...(order.data.paidAt ? {} : { paidAt: now }) });
  return { outcome: 'applied', ref, note: applied ? `granted ${order.data.credits}` : 'already granted' };
}
