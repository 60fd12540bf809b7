// A staff list read page by page with Firestore cursors: the first page, then "load more" appends
// the next one after the last document shown. A new query (filter) or a reload starts over.
import { useCallback, useEffect, useState } from 'react';
import type { ListCursor, ListPage } from '../../../lib/firebase/billing.ts';

export type CursorListStatus = 'loading' | 'loadingMore' | 'ready' | 'error';

interface Request {
  /** The query and reload this request belongs to. */
  base: string;
  page: number;
  after: ListCursor | null;
}

interface Loaded<T> {
  base: string;
  page: number;
  items: T[];
  next: ListCursor | null;
  failed: boolean;
}

/**
 * `queryKey` names the query (e.g. its filter); `load` must change only when it does (useCallback),
 * since a new `load` fetches again.
 */
export function useCursorList<T>(queryKey: string, load: (after: ListCursor | null) => Promise<ListPage<T>>) {
  const [reloads, setReloads] = useState(0);
  const base = `${queryKey}:${reloads}`;
  const [more, setMore] = useState<Request | null>(null);
  const request: Request = more?.base === base ? more : { base, page: 0, after: null };
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const { page, after } = request;

  useEffect(() => {
    let active = true;
    load(after).then(
      (result) =>
        active &&
        setLoaded((previous) => ({
          base,
          page,
          items: page > 0 && previous?.base === base ? [...previous.items, ...result.items] : result.items,
          next: result.next,
          failed: false,
        })),
      () =>
        active &&
        setLoaded((previous) => ({
          base,
          page,
          items: page > 0 && previous?.base === base ? previous.items : [],
          next: previous?.base === base ? previous.next : null,
          failed: true,
        })),
    );
    return () => {
      active = false;
    };
  }, [load, base, page, after]);

  const sameQuery = loaded?.base === base ? loaded : null;
  const current = sameQuery?.page === page ? sameQuery : null;
  const status: CursorListStatus = current
    ? current.failed
      ? 'error'
      : 'ready'
    : sameQuery && !sameQuery.failed
      ? 'loadingMore'
      : 'loading';
  const next = current && !current.failed ? current.next : null;

  const loadMore = useCallback(() => {
    if (next) setMore({ base, page: page + 1, after: next });
  }, [next, base, page]);
  const reload = useCallback(() => setReloads((count) => count + 1), []);

  return {
    status,
    /** What is loaded so far (kept while the next page loads). */
    items: sameQuery?.items ?? [],
    hasMore: next !== null,
    loadMore,
    reload,
  };
}
