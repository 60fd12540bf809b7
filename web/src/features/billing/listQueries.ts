// The staff lists' filters as Firestore queries (plain data, turned into constraints by
// lib/firebase/billing.ts). Each filtered query has its composite index in firestore.indexes.json
// (status + createdAt for orders, status + updatedAt for subscriptions).
import {
  ORDER_STATUSES,
  SUBSCRIPTION_STATUSES,
  type OrderStatus,
  type SubscriptionStatus,
} from '@agora/domain';
import type { ListQuery } from '../../lib/firebase/billing.ts';

export type OrderStatusFilter = OrderStatus | 'all';
export type SubscriptionStatusFilter = SubscriptionStatus | 'all';

export function toOrderStatusFilter(value: string | null): OrderStatusFilter {
  return ORDER_STATUSES.find((status) => status === value) ?? 'all';
}

export function toSubscriptionStatusFilter(value: string | null): SubscriptionStatusFilter {
  return SUBSCRIPTION_STATUSES.find((status) => status === value) ?? 'all';
}

/** Orders, newest first, of one status or all. */
export function ordersQuery(status: OrderStatusFilter): ListQuery {
  return {
    where: status === 'all' ? [] : [{ field: 'status', value: status }],
    orderBy: { field: 'createdAt', direction: 'desc' },
  };
}

/** Subscriptions, most recently changed first, of one status or all. */
export function subscriptionsQuery(status: SubscriptionStatusFilter): ListQuery {
  return {
    where: status === 'all' ? [] : [{ field: 'status', value: status }],
    orderBy: { field: 'updatedAt', direction: 'desc' },
  };
}
