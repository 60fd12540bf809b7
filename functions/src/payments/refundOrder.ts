// `refundOrder` (PAY-4): staff refund all or part of a paid order. The request is recorded (and
// audited) once per `requestId` before Stripe is asked, with the same id as Stripe's idempotency
// key, so a double click refunds once. Credits are taken back by the webhook when Stripe reports
// the refund (`charge.refunded`), like any refund made from Stripe's dashboard.
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { orderDocSchema, refundOrderInputSchema } from '@agora/domain';
import { paymentCallableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { stripeClient, stripeMode } from '../lib/stripe.ts';
import { deliverDemoEvents } from './demo/deliver.ts';
import { refundEvents } from './demo/scenarios.ts';
import { orderRef } from './orders.ts';

function notRefundable(message: string): Error {
  return callableError('failed-precondition', message, { reason: 'not-refundable' });
}

export const handleRefundOrder = callable(
  { input: refundOrderInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ orderId, amountCents, reason, requestId }, caller): Promise<{ refundId: string }> => {
    const mode = stripeMode();
    const requestRef = orderRef(orderId).collection('refunds').doc(requestId);
    const request = await db().runTransaction(async (tx) => {
      const [orderSnapshot, existing] = await tx.getAll(orderRef(orderId), requestRef);
      if (!orderSnapshot?.exists) throw callableError('not-found', 'Commande introuvable.');
      const order = orderDocSchema.parse(orderSnapshot.data());
      if (existing?.exists) {
        // A replay: done if Stripe answered; otherwise ask again, with the same amounts and keys.
        const refundId: unknown = existing.get('refundId');
        return {
          replay: true as const,
          refundId: typeof refundId === 'string' ? refundId : null,
          amount: Number(existing.get('amountCents')),
          refundedBefore: Number(existing.get('refundedBefore') ?? order.refundedCents),
          order,
        };
      }
      if (order.status !== 'paid' || !order.paymentIntentId) {
        throw notRefundable('Seule une commande payée peut être remboursée.');
      }
      const remaining = order.amountCents - order.refundedCents;
      const amount = amountCents ?? remaining;
      if (remaining <= 0 || amount > remaining) {
        throw notRefundable(
          `Le montant dépasse ce qui reste à rembourser (${(remaining / 100).toFixed(2)} €).`,
        );
      }
      tx.create(requestRef, {
        amountCents: amount,
        refundedBefore: order.refundedCents,
        reason,
        actor: caller.uid,
        createdAt: FieldValue.serverTimestamp(),
      });
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'order.refund',
        target: order.uid,
        reason,
        before: { orderId, refundedCents: order.refundedCents },
        after: { orderId, refundedCents: order.refundedCents + amount },
      });
      return { replay: false as const, refundId: null, amount, refundedBefore: order.refundedCents, order };
    });
    if (request.refundId !== null) return { refundId: request.refundId };

    const { order, amount, refundedBefore } = request;
    const paymentIntentId = order.paymentIntentId ?? '';
    let refundId: string;
    if (mode === 'demo') {
      await deliverDemoEvents(
        refundEvents(
          paymentIntentId,
          order.amountCents,
          refundedBefore + amount,
          Math.floor(Date.now() / 1000),
        ),
      );
      refundId = `re_demo_${requestId}`;
    } else {
      const refund = await stripeClient().refunds.create(
        { payment_intent: paymentIntentId, amount, metadata: { orderId, requestId } },
        { idempotencyKey: `refund_${requestId}` },
      );
      refundId = refund.id;
    }
    await requestRef.update({ refundId });
    return { refundId };
  },
);

export const refundOrder = onCall(paymentCallableOptions, handleRefundOrder);
