// The events Stripe would send for the demo checkout, built from our own order: same types, same
// fields the webhook reads, deterministic ids (a double click sends the same event, which the
// webhook then ignores). Ids carry `demo` so they can never be mistaken for Stripe's.
import type { BillingInterval, OrderDoc } from '@agora/domain';

export interface DemoEvent {
  id: string;
  object: 'event';
  type: string;
  created: number;
  livemode: false;
  api_version: string;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: Record<string, unknown> };
}

export const DEMO_API_VERSION = '2026-10-28.endive';

export function demoEvent(
  id: string,
  type: string,
  object: Record<string, unknown>,
  created: number,
): DemoEvent {
  return {
    id,
    object: 'event',
    type,
    created,
    livemode: false,
    api_version: DEMO_API_VERSION,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  };
}

export const demoSubscriptionId = (orderId: string) => `sub_demo_${orderId}`;
export const demoPaymentIntentId = (orderId: string) => `pi_demo_${orderId}`;
export const demoInvoiceId = (subscriptionId: string, periodStart: number) =>
  `in_demo_${subscriptionId}_${periodStart}`;

/** The end of a billing period that starts at `start` (seconds), calendar-correct in UTC. */
export function periodEnd(start: number, interval: BillingInterval): number {
  const date = new Date(start * 1000);
  if (interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return Math.floor(date.getTime() / 1000);
}

export function checkoutSession(
  orderId: string,
  order: OrderDoc,
  paymentStatus: 'paid' | 'unpaid',
  method: string,
): Record<string, unknown> {
  const subscription = order.productKind === 'subscription';
  return {
    id: `cs_demo_${orderId}`,
    object: 'checkout.session',
    mode: subscription ? 'subscription' : 'payment',
    client_reference_id: orderId,
    customer: `cus_demo_${order.uid}`,
    metadata: { orderId, uid: order.uid },
    amount_total: order.amountCents,
    currency: order.currency,
    payment_status: paymentStatus,
    payment_intent: subscription ? null : demoPaymentIntentId(orderId),
    subscription: subscription ? demoSubscriptionId(orderId) : null,
    payment_method_types: [method],
  };
}

export function subscription(
  orderId: string,
  order: OrderDoc,
  state: { status: string; cancelAtPeriodEnd: boolean; currentPeriodEnd: number },
): Record<string, unknown> {
  return {
    id: demoSubscriptionId(orderId),
    object: 'subscription',
    customer: `cus_demo_${order.uid}`,
    status: state.status,
    metadata: { orderId, uid: order.uid },
    cancel_at_period_end: state.cancelAtPeriodEnd,
    items: { object: 'list', data: [{ current_period_end: state.currentPeriodEnd }] },
  };
}

export function paidInvoice(
  orderId: string,
  order: OrderDoc,
  period: { start: number; end: number },
  billingReason: 'subscription_create' | 'subscription_cycle',
): Record<string, unknown> {
  const subscriptionId = demoSubscriptionId(orderId);
  const id = demoInvoiceId(subscriptionId, period.start);
  return {
    id,
    object: 'invoice',
    currency: order.currency,
    amount_paid: order.amountCents,
    billing_reason: billingReason,
    parent: {
      type: 'subscription_details',
      subscription_details: { subscription: subscriptionId, metadata: { orderId, uid: order.uid } },
    },
    payments: { object: 'list', data: [{ payment: { type: 'payment_intent', payment_intent: `pi_${id}` } }] },
    lines: { object: 'list', data: [{ period }] },
  };
}

export function charge(
  paymentIntentId: string,
  amount: number,
  amountRefunded: number,
): Record<string, unknown> {
  return {
    id: `ch_${paymentIntentId}`,
    object: 'charge',
    payment_intent: paymentIntentId,
    amount,
    amount_refunded: amountRefunded,
    currency: 'eur',
    refunded: amountRefunded >= amount,
  };
}
