// One order of the member, live: the checkout pages follow it as the webhook moves it on.
import { useCallback } from 'react';
import { watchOrder, type OrderRecord } from '../../../lib/firebase/shop.ts';
import { useLive, type LiveStatus, type Watch } from '../../../app/hooks/useLive.ts';

export function useOrder(orderId: string | null) {
  const watch = useCallback<Watch<OrderRecord | null>>(
    (next, fail) => (orderId ? watchOrder(orderId, next, fail) : () => undefined),
    [orderId],
  );
  const live = useLive(orderId ? watch : null);
  // An order the rules hide (someone else's) reads as an error: both are "not found" to the member.
  const status: LiveStatus | 'missing' = live.status === 'ready' && !live.value ? 'missing' : live.status;
  return { status, order: live.value ?? null, reload: live.reload };
}
