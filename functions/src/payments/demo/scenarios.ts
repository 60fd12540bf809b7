// What Stripe would send for each demo action, as event lists. Pure: the callable reads our
// documents, these decide the events.
import type { OrderDoc } from '@agora/domain';
import {
  charge,
  checkoutSession,
  demoEvent,
  demoPaymentIntentId,
  demoSubscriptionId,
  paidInvoice,
  periodEnd,
  subscription,
  type DemoEvent,
} from './events.ts';

export type DemoMethod = 'card' | 'paypal' | 'sepa_debit';

/** First payment of a subscription: the subscription becomes active and its first invoice is paid. */
function subscriptionStarts(
  orderId: string,
  order: OrderDoc,
  now: number,
  createdEvent: boolean,
): DemoEvent[] {
  const interval = order.interval ?? 'month';
  const period = { start: now, end: periodEnd(now, interval) };
  const state = { status: 'active', cancelAtPeriodEnd: false, currentPeriodEnd: period.end };
  const subscriptionId = demoSubscriptionId(orderId);
  return [
    demoEvent(
      `evt_demo_${subscriptionId}_${createdEvent ? 'created' : 'activated'}`,
      createdEvent ? 'customer.subscription.created' : 'customer.subscription.updated',
      subscription(orderId, order, state),
      now,
    ),
    demoEvent(
      `evt_demo_${subscriptionId}_invoice_${period.start}`,
      'invoice.paid',
      paidInvoice(orderId, order, period, 'subscription_create'),
      now,
    ),
  ];
}

/** Paying on the demo checkout page: card and PayPal settle at once, SEPA debit later. */
export function payEvents(orderId: string, order: OrderDoc, method: DemoMethod, now: number): DemoEvent[] {
  const settlesLater = method === 'sepa_debit';
  const completed = demoEvent(
    `evt_demo_${orderId}_checkout_completed`,
    'checkout.session.completed',
    checkoutSession(orderId, order, settlesLater ? 'unpaid' : 'paid', method),
    now,
  );
  if (order.productKind !== 'subscription') return [completed];
  if (settlesLater) {
    const pending = {
      status: 'incomplete',
      cancelAtPeriodEnd: false,
      currentPeriodEnd: periodEnd(now, order.interval ?? 'month'),
    };
    return [
      completed,
      demoEvent(
        `evt_demo_${demoSubscriptionId(orderId)}_created`,
        'customer.subscription.created',
        subscription(orderId, order, pending),
        now,
      ),
    ];
  }
  return [completed, ...subscriptionStarts(orderId, order, now, true)];
}

/** The bank's answer to a pending SEPA debit. */
export function settleEvents(
  orderId: string,
  order: OrderDoc,
  succeeded: boolean,
  method: string,
  now: number,
): DemoEvent[] {
  const type = succeeded
    ? 'checkout.session.async_payment_succeeded'
    : 'checkout.session.async_payment_failed';
  const session = checkoutSession(orderId, order, succeeded ? 'paid' : 'unpaid', method);
  const settled = demoEvent(
    `evt_demo_${orderId}_${succeeded ? 'async_succeeded' : 'async_failed'}`,
    type,
    session,
    now,
  );
  if (order.productKind !== 'subscription' || !succeeded) return [settled];
  return [settled, ...subscriptionStarts(orderId, order, now + 1, false)];
}

/** A period ends: the next one is paid, or the subscription ends if its renewal was stopped. */
export function renewEvents(
  orderId: string,
  order: OrderDoc,
  current: { cancelAtPeriodEnd: boolean; currentPeriodEnd: number },
  created: number,
): DemoEvent[] {
  const subscriptionId = demoSubscriptionId(orderId);
  if (current.cancelAtPeriodEnd) {
    const ended = { status: 'canceled', cancelAtPeriodEnd: true, currentPeriodEnd: current.currentPeriodEnd };
    return [
      demoEvent(
        `evt_demo_${subscriptionId}_deleted`,
        'customer.subscription.deleted',
        subscription(orderId, order, ended),
        created,
      ),
    ];
  }
  const period = {
    start: current.currentPeriodEnd,
    end: periodEnd(current.currentPeriodEnd, order.interval ?? 'month'),
  };
  return [
    demoEvent(
      `evt_demo_${subscriptionId}_invoice_${period.start}`,
      'invoice.paid',
      paidInvoice(orderId, order, period, 'subscription_cycle'),
      created,
    ),
    demoEvent(
      `evt_demo_${subscriptionId}_renewed_${period.start}`,
      'customer.subscription.updated',
      subscription(orderId, order, {
        status: 'active',
        cancelAtPeriodEnd: false,
        currentPeriodEnd: period.end,
      }),
      created,
    ),
  ];
}

/** The member stops or resumes renewal (what the customer portal would do). */
export function renewalChangeEvents(
  orderId: string,
  order: OrderDoc,
  current: { status: string; currentPeriodEnd: number },
  cancelAtPeriodEnd: boolean,
  created: number,
): DemoEvent[] {
  return [
    demoEvent(
      `evt_demo_${demoSubscriptionId(orderId)}_${cancelAtPeriodEnd ? 'cancel' : 'resume'}_${created}`,
      'customer.subscription.updated',
      subscription(orderId, order, {
        status: current.status,
        cancelAtPeriodEnd,
        currentPeriodEnd: current.currentPeriodEnd,
      }),
      created,
    ),
  ];
}

/** A refund of `amountCents` more, on top of what was refunded already (Stripe reports the total). */
export function refundEvents(
  paymentIntentId: string,
  amount: number,
  refundedTotal: number,
  now: number,
): DemoEvent[] {
  return [
    demoEvent(
      `evt_demo_${paymentIntentId}_refunded_${refundedTotal}`,
      'charge.refunded',
      charge(paymentIntentId, amount, refundedTotal),
      now,
    ),
  ];
}

export { demoPaymentIntentId };
