// invoice.paid (CR-4): each paid period of a subscription grants the plan's credits once, keyed by
// the invoice (`invoice_<invoiceId>`). The subscription is attributed through the metadata set at
// checkout, so this works even when it arrives before the checkout and subscription events.
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { orderRef, readOrder, matchesOrder } from '../orders.ts';
import { readGrant, writeGrant } from '../fulfilment.ts';
import { invoicePaymentIntent, invoiceSchema, invoiceSubscription } from '../stripeObjects.ts';
import { flagMismatch, flagUnknownOrder, type EventEffect } from '../webhookEvents.ts';
import { subscriptionRef } from './subscriptionChanged.ts';

export const invoiceEntryId = (invoiceId: string) => `invoice_${invoiceId}`;

export async function handleInvoicePaid(tx: Transaction, event: Stripe.Event): Promise<EventEffect> {
  const invoice = invoiceSchema.parse(event.data.object);
  const subscription = invoiceSubscription(invoice);
  if (!subscription) return { outcome: 'ignored', note: 'invoice without subscription' };
  if (invoice.amount_paid === 0)
    return { outcome: 'ignored', note: 'nothing paid (trial or credit balance)' };

  const stored = await tx.get(subscriptionRef(subscription.id));
  const orderId = subscription.metadata.orderId ?? (stored.get('orderId') as string | undefined) ?? null;
  const order = orderId ? await readOrder(tx, orderId) : null;
  if (!orderId || !order) return flagUnknownOrder(tx, event, orderId);
  if (!matchesOrder(order.data, invoice.amount_paid, invoice.currency)) {
    return flagMismatch(tx, event, orderId, order.data.uid, `${invoice.amount_paid} ${invoice.currency}`);
  }

  const paymentIntentId = invoicePaymentIntent(invoice);
  const plan = await readGrant(tx, {
    uid: order.data.uid,
    orderId,
    credits: order.data.credits,
    amountCents: invoice.amount_paid,
    entryId: invoiceEntryId(invoice.id),
    kind: 'subscription',
    ref: `subscriptions/${subscription.id}`,
    // Without the payment intent (not found at Stripe), the record is keyed by the invoice: the
    // period is still invoiced, a refund of it is then matched by staff.
    paymentIntentId: paymentIntentId ?? `invoice_${invoice.id}`,
    invoiceId: invoice.id,
  });
  const { applied } = writeGrant(tx, plan);
  if (order.data.status === 'pending') {
    const now = FieldValue.serverTimestamp();
    tx.update(orderRef(orderId), {
      status: 'paid',
      subscriptionId: subscription.id,
      ...(paymentIntentId ? { paymentIntentId } : {}),
      awaitingPayment: false,
      paidAt: now,
      updatedAt: now,
    });
  }
  return {
    outcome: 'applied',
    ref: `subscriptions/${subscription.id}`,
    note: applied ? `granted ${order.data.credits} for ${invoice.id}` : 'already granted',
  };
}
