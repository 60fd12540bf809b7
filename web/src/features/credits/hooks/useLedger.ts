// Pages through a wallet's ledger, newest first, 20 (or `pageSize`) at a time, keeping the cursors
// to go back. Every page is a live query, so the first one shows new entries as they are written.
// Mount it with key={filter}: another kind starts again from the first page.
import { useCallback, useState } from 'react';
import type { LedgerKind } from '@agora/domain';
import { watchLedgerPage, type LedgerCursor, type LedgerPage } from '../../../lib/firebase/wallet.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

interface Position {
  pageIndex: number;
  /** cursors[i] starts page i (null: the first page). */
  cursors: (LedgerCursor | null)[];
}

export function useLedger(uid: string, kind: LedgerKind | null, pageSize: number) {
  const [position, setPosition] = useState<Position>({ pageIndex: 0, cursors: [null] });
  const after = position.cursors[position.pageIndex] ?? null;
  const watch = useCallback<Watch<LedgerPage>>(
    (next, fail) => watchLedgerPage(uid, { kind, after, pageSize }, next, fail),
    [uid, kind, after, pageSize],
  );
  const live = useLive(watch);
  const nextCursor = live.value?.next ?? null;

  const next = useCallback(() => {
    if (!nextCursor) return;
    setPosition((p) => ({
      pageIndex: p.pageIndex + 1,
      cursors: [...p.cursors.slice(0, p.pageIndex + 1), nextCursor],
    }));
  }, [nextCursor]);

  const previous = useCallback(() => {
    setPosition((p) => (p.pageIndex > 0 ? { ...p, pageIndex: p.pageIndex - 1 } : p));
  }, []);

  return {
    status: live.status,
    entries: live.value?.entries ?? [],
    pageIndex: position.pageIndex,
    hasNext: nextCursor !== null,
    hasPrevious: position.pageIndex > 0,
    next,
    previous,
    reload: live.reload,
  };
}
