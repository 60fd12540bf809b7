// Pages through users/ ordered by last name (staff), keeping the cursors to go back.
import { useCallback, useEffect, useState } from 'react';
import { listMembers, type MembersCursor, type MembersPage } from '../../../lib/firebase/index.ts';

interface Request {
  pageIndex: number;
  /** cursors[i] starts page i (null: the first page). */
  cursors: (MembersCursor | null)[];
  reloads: number;
}

type Result = { key: string; page: MembersPage; failed: false } | { key: string; page: null; failed: true };

const keyOf = (request: Request) => `${request.pageIndex}:${request.reloads}`;

export function useMembers(pageSize: number) {
  const [request, setRequest] = useState<Request>({ pageIndex: 0, cursors: [null], reloads: 0 });
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    let active = true;
    const key = keyOf(request);
    listMembers({ pageSize, after: request.cursors[request.pageIndex] ?? null }).then(
      (page) => active && setResult({ key, page, failed: false }),
      () => active && setResult({ key, page: null, failed: true }),
    );
    return () => {
      active = false;
    };
  }, [request, pageSize]);

  const current = result && result.key === keyOf(request) ? result : null;
  const nextCursor = current?.page?.next ?? null;

  const next = useCallback(() => {
    if (!nextCursor) return;
    setRequest((r) => ({
      ...r,
      pageIndex: r.pageIndex + 1,
      cursors: [...r.cursors.slice(0, r.pageIndex + 1), nextCursor],
    }));
  }, [nextCursor]);

  const previous = useCallback(() => {
    setRequest((r) => (r.pageIndex > 0 ? { ...r, pageIndex: r.pageIndex - 1 } : r));
  }, []);

  const reload = useCallback(() => setRequest((r) => ({ ...r, reloads: r.reloads + 1 })), []);

  return {
    status: !current ? ('loading' as const) : current.failed ? ('error' as const) : ('ready' as const),
    members: current?.page?.members ?? [],
    pageIndex: request.pageIndex,
    hasNext: nextCursor !== null,
    hasPrevious: request.pageIndex > 0,
    next,
    previous,
    reload,
  };
}
