// The member's subscriptions, live: a cancellation or a renewal shows as soon as the webhook writes it.
import { useCallback } from 'react';
import { watchMySubscriptions, type SubscriptionRecord } from '../../../lib/firebase/shop.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useMySubscriptions(uid: string) {
  const watch = useCallback<Watch<SubscriptionRecord[]>>(
    (next, fail) => watchMySubscriptions(uid, next, fail),
    [uid],
  );
  const live = useLive(watch);
  return { status: live.status, subscriptions: live.value ?? [], reload: live.reload };
}
