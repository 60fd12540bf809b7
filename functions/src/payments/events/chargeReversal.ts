// charge.refunded and charge.dispute.created (PAY-4): the credits a payment granted are taken back
// in proportion to the money returned, once per refund state and once per dispute, capped at the
// member's balance (the rest is flagged to staff, the balance never goes negative).
// `amount_refunded` is cumulative, so the entry id carries it: a redelivered or reordered refund
// event lands on the same id or asks for nothing more.
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { orderRef } from '../orders.ts';
import { readReversal, writeReversal } from '../fulfilment.ts';
import { chargeSchema, disputeSchema } from '../stripeObjects.ts';
import type { EventEffect } from '../webhookEvents.ts';

export async function handleChargeRefunded(tx: Transaction, event: Stripe.Event): Promise<EventEffect> {
  const charge = chargeSchema.parse(event.data.object);
  if (!charge.payment_intent) return { outcome: 'ignored', note: 'charge without payment intent' };
  const entryId = `refund_${charge.id}_${charge.amount_refunded}`;
  const plan = await readReversal(tx, charge.payment_intent, entryId, {
    refundedCents: charge.amount_refunded,
  });
  if (!plan) return { outcome: 'ignored', note: 'payment not granted by us' };
  const order = await tx.get(orderRef(plan.payment.orderId));

  const taken = writeReversal(tx, plan, {
    entryId,
    ref: `orders/${plan.payment.orderId}`,
    reason: `Remboursement de ${(charge.amount_refunded / 100).toFixed(2).replace('.', ',')} €`,
    eventId: event.id,
  });
  if (order.exists) {
    const fullyRefunded = plan.refundedCents >= plan.payment.amountCents;
    tx.update(orderRef(plan.payment.orderId), {
      refundedCents: Math.max(Number(order.get('refundedCents') ?? 0), plan.refundedCents),
      ...(fullyRefunded && !plan.payment.invoiceId ? { status: 'refunded' } : {}),
      updatedAt: FieldValue.serverTimestamp(),
    });
  }
  return {
    outcome: 'applied',
    ref: `orders/${plan.payment.orderId}`,
    note: `took back ${taken} of ${plan.due}`,
  };
}

export async function handleDisputeCreated(tx: Transaction, event: Stripe.Event): Promise<EventEffect> {
  const dispute = disputeSchema.parse(event.data.object);
  if (!dispute.payment_intent) return { outcome: 'ignored', note: 'dispute without payment intent' };
  const entryId = `dispute_${dispute.id}`;
  const plan = await readReversal(tx, dispute.payment_intent, entryId, { addDisputedCents: dispute.amount });
  if (!plan) return { outcome: 'ignored', note: 'payment not granted by us' };
  if (plan.wallet.alreadyApplied) return { outcome: 'ignored', note: 'dispute already applied' };
  const taken = writeReversal(tx, plan, {
    entryId,
    ref: `orders/${plan.payment.orderId}`,
    reason: `Contestation bancaire de ${(dispute.amount / 100).toFixed(2).replace('.', ',')} €`,
    eventId: event.id,
  });
  return {
    outcome: 'applied',
    ref: `orders/${plan.payment.orderId}`,
    note: `took back ${taken} of ${plan.due}`,
  };
}
