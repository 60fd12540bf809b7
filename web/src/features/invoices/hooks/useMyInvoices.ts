// The member's invoices, newest first, live (a PDF finished meanwhile becomes downloadable), growing
// by `pageSize` on "show more"; the shorter list stays on screen while the longer one loads.
import { useCallback, useState } from 'react';
import { watchMyInvoices, type MyInvoicesSnapshot } from '../../../lib/firebase/invoices.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useMyInvoices(uid: string, pageSize: number) {
  const [pages, setPages] = useState(1);
  const count = pages * pageSize;
  const watch = useCallback<Watch<MyInvoicesSnapshot>>(
    (next, fail) => watchMyInvoices(uid, { count }, next, fail),
    [uid, count],
  );
  const live = useLive(watch);
  const loadMore = useCallback(() => setPages((n) => n + 1), []);
  return {
    status: live.status === 'loading' && live.latest ? ('loadingMore' as const) : live.status,
    invoices: live.latest?.invoices ?? [],
    hasMore: live.value?.hasMore ?? false,
    loadMore,
    reload: live.reload,
  };
}
