// customer.subscription.created / updated / deleted (CR-4): `subscriptions/{id}` mirrors the
// subscription as of the newest event seen. Stripe does not deliver in order, so an event older than
// the stored state (`created` in seconds) is ignored, and a canceled subscription is final: the
// same events in any order leave the same document.
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '@agora/domain';
import { db } from '../../lib/admin.ts';
import { readOrder } from '../orders.ts';
import { subscriptionPeriodEnd, subscriptionSchema } from '../stripeObjects.ts';
import { flagUnknownOrder, type EventEffect } from '../webhookEvents.ts';
import { isFreshObject } from '../enrichEvent.ts';

export const subscriptionRef = (id: string) => db().collection('subscriptions').doc(id);

function statusOf(value: string, deleted: boolean): SubscriptionStatus {
  if (deleted) return 'canceled';
  return SUBSCRIPTION_STATUSES.find((status) => status === value) ?? 'incomplete';
}

/** Whether an event may replace the stored state. */
export function supersedes(
  stored: { status: string; stateEventCreated: number } | null,
  incoming: { status: SubscriptionStatus; created: number; fresh?: boolean },
): boolean {
  if (stored === null) return true;
  if (stored.status === 'canceled') return false;
  // A tie (same second) goes to the terminal state, or to an object fetched from Stripe just now.
  if (incoming.status === 'canceled' || incoming.fresh === true)
    return incoming.created >= stored.stateEventCreated;
  return incoming.created > stored.stateEventCreated;
}

export async function handleSubscriptionChanged(tx: Transaction, event: Stripe.Event): Promise<EventEffect> {
  const subscription = subscriptionSchema.parse(event.data.object);
  const ref = `subscriptions/${subscription.id}`;
  const stored = await tx.get(subscriptionRef(subscription.id));
  const orderId = subscription.metadata.orderId ?? (stored.get('orderId') as string | undefined) ?? null;
  const order = orderId ? await readOrder(tx, orderId) : null;
  if (!orderId || !order) return flagUnknownOrder(tx, event, orderId);

  const status = statusOf(subscription.status, event.type === 'customer.subscription.deleted');
  const storedState = stored.exists
    ? {
        status: String(stored.get('status')),
        stateEventCreated: Number(stored.get('stateEventCreated') ?? 0),
      }
    : null;
  if (!supersedes(storedState, { status, created: event.created, fresh: isFreshObject(event) })) {
    return { outcome: 'stale', ref };
  }

  const periodEnd = subscriptionPeriodEnd(subscription);
  tx.set(subscriptionRef(subscription.id), {
    uid: order.data.uid,
    productId: order.data.productId,
    productName: order.data.productName,
    orderId,
    interval: order.data.interval ?? 'month',
    creditsPerPeriod: order.data.credits,
    amountCents: order.data.amountCents,
    status,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    currentPeriodEnd: periodEnd === null ? null : Timestamp.fromMillis(periodEnd * 1000),
    stateEventCreated: event.created,
    demo: order.data.demo,
    updatedAt: FieldValue.serverTimestamp(),
  });
  return { outcome: 'applied', ref, note: status };
}
