// One page of the audit list, newest first: 50 entries after the start of the page on show, with
// the cursor of the next (older) page. A new filter starts over from the newest entry; "reload"
// reads the page on show again. While another page loads, the one shown stays (no blank).
import { useCallback, useEffect, useState } from 'react';
import { fetchAuditBatch, type AuditRecord } from '../../../lib/firebase/auditLog.ts';
import type { ListCursor } from '../../../lib/firebase/billing.ts';
import { collectPage } from '../../invoices/paging.ts';
import type { AuditQueryPlan } from '../auditFilters.ts';
import { currentStart, firstPage, newerPage, olderPage, pageNumber, type PageStack } from '../auditPaging.ts';

export const AUDIT_PAGE_SIZE = 50;

export type AuditPageStatus = 'loading' | 'loadingMore' | 'ready' | 'error';

interface Loaded {
  /** The filtered list, page and read this result belongs to. */
  base: string;
  start: ListCursor | null;
  reloads: number;
  items: AuditRecord[];
  next: ListCursor | null;
  failed: boolean;
}

/** `base` names the filtered list; `plan` must change only when it does (useMemo). */
export function useAuditPage(base: string, plan: AuditQueryPlan) {
  const [nav, setNav] = useState<{ base: string; stack: PageStack<ListCursor> }>(() => ({
    base,
    stack: firstPage(),
  }));
  const stack = nav.base === base ? nav.stack : null;
  const start = stack ? currentStart(stack) : null;
  const [reloads, setReloads] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let active = true;
    const read = (after: ListCursor | null, size: number) => fetchAuditBatch(plan.query, { after, size });
    collectPage(read, { after: start, pageSize: AUDIT_PAGE_SIZE, keep: plan.keep }).then(
      (page) =>
        active && setLoaded({ base, start, reloads, items: page.items, next: page.next, failed: false }),
      () => active && setLoaded({ base, start, reloads, items: [], next: null, failed: true }),
    );
    return () => {
      active = false;
    };
  }, [plan, base, start, reloads]);

  const sameList = loaded?.base === base && !loaded.failed ? loaded : null;
  const current =
    loaded?.base === base && loaded.start === start && loaded.reloads === reloads ? loaded : null;
  const status: AuditPageStatus = current
    ? current.failed
      ? 'error'
      : 'ready'
    : sameList
      ? 'loadingMore'
      : 'loading';
  const next = current && !current.failed ? current.next : null;
  const shown = stack ?? firstPage<ListCursor>();

  const older = useCallback(() => {
    if (next) setNav({ base, stack: olderPage(shown, next) });
  }, [next, base, shown]);
  const newer = useCallback(() => setNav({ base, stack: newerPage(shown) }), [base, shown]);
  const reload = useCallback(() => setReloads((count) => count + 1), []);

  return {
    status,
    /** The page on show (the previous one stays while another loads). */
    items: current?.items ?? sameList?.items ?? [],
    page: pageNumber(shown),
    hasOlder: next !== null,
    hasNewer: pageNumber(shown) > 1,
    older,
    newer,
    reload,
  };
}
