// The member's orders, newest first, live, growing by `pageSize` on "load more" (the shorter list
// stays on screen while the longer one loads).
import { useCallback, useState } from 'react';
import { watchMyOrders, type OrdersSnapshot } from '../../../lib/firebase/shop.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useMyOrders(uid: string, pageSize: number) {
  const [pages, setPages] = useState(1);
  const count = pages * pageSize;
  const watch = useCallback<Watch<OrdersSnapshot>>(
    (next, fail) => watchMyOrders(uid, { count }, next, fail),
    [uid, count],
  );
  const live = useLive(watch);
  const loadMore = useCallback(() => setPages((n) => n + 1), []);
  return {
    status: live.status === 'loading' && live.latest ? ('loadingMore' as const) : live.status,
    orders: live.latest?.orders ?? [],
    hasMore: live.value?.hasMore ?? false,
    loadMore,
    reload: live.reload,
  };
}
