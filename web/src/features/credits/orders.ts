// Pure helpers of orders as the member sees them: the phase of a payment (what the return page
// says), the status chip, and whether the demo checkout may still pay an order.
import type { OrderStatus } from '@agora/domain';
import type { OrderRecord } from '../../lib/firebase/shop.ts';

export type OrderPhase = 'confirming' | 'awaitingBank' | 'paid' | 'failed' | 'refunded' | 'unknown';

/** What the return page shows for an order's current state. */
export function orderPhase(order: Pick<OrderRecord, 'status' | 'awaitingPayment'>): OrderPhase {
  switch (order.status) {
    case 'pending':
      // A SEPA debit: the payment is submitted, the bank answers days later.
      return order.awaitingPayment ? 'awaitingBank' : 'confirming';
    case 'paid':
    case 'failed':
    case 'refunded':
      return order.status;
    default:
      return 'unknown';
  }
}

export type ChipColor = 'default' | 'info' | 'success' | 'warning' | 'error';

export const ORDER_STATUS_COLORS = {
  pending: 'warning',
  paid: 'success',
  failed: 'error',
  refunded: 'default',
} as const satisfies Record<OrderStatus, ChipColor>;

export type DemoCheckoutState = 'payable' | 'notDemo' | 'settled';

/**
 * Whether the demo checkout may pay this order: only a demo order still waiting for its payment.
 * A SEPA debit already submitted waits for the bank (the return page), not for a second payment.
 */
export function demoCheckoutState(
  order: Pick<OrderRecord, 'status' | 'awaitingPayment' | 'demo'>,
): DemoCheckoutState {
  if (order.status !== 'pending' || order.awaitingPayment) return 'settled';
  return order.demo ? 'payable' : 'notDemo';
}

/** The order id of the return and cancel pages' `?order=`, when it looks like one. */
export function orderIdParam(value: string | null): string | null {
  return value && /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : null;
}
