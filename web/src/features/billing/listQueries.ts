// The staff lists' filters as Firestore queries (plain data, turned into constraints by
// lib/firebase/billing.ts). Each filtered query has its composite index in firestore.indexes.json
// (status + createdAt for orders, status + updatedAt for subscriptions, and uid + the same date for
// the member filter; Firestore merges them when both are chosen).
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

const memberFilter = (uid: string | null) => (uid === null ? [] : [{ field: 'uid', value: uid }]);

/** Orders, newest first, of one status or all, of one member or all. */
export function ordersQuery(status: OrderStatusFilter, uid: string | null = null): ListQuery {
  return {
    where: [...(status === 'all' ? [] : [{ field: 'status', value: status }]), ...memberFilter(uid)],
    orderBy: { field: 'createdAt', direction: 'desc' },
  };
}

/** Subscriptions, most recently changed first, of one status or all, of one member or all. */
export function subscriptionsQuery(status: SubscriptionStatusFilter, uid: string | null = null): ListQuery {
  return {
    where: [...(status === 'all' ? [] : [{ field: 'status', value: status }]), ...memberFilter(uid)],
    orderBy: { field: 'updatedAt', direction: 'desc' },
  };
}
