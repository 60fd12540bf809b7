// Live list of one outbox channel, newest first, growing by `pageSize` on "load more". The
// messages already shown stay while the longer list loads, so the page does not jump.
// Mount one per channel (key={channel}): a new channel starts again from its first page.
import { useCallback, useEffect, useState } from 'react';
import type { OutboxChannel } from '@agora/domain';
import { watchMessages, type MessageRecord } from '../../../lib/firebase/index.ts';

interface Request {
  pages: number;
  reloads: number;
}

interface Result {
  key: string;
  messages: MessageRecord[];
  hasMore: boolean;
  failed: boolean;
}

export type MessagesStatus = 'loading' | 'loadingMore' | 'ready' | 'error';

export function useMessages(channel: OutboxChannel, pageSize: number) {
  const [request, setRequest] = useState<Request>({ pages: 1, reloads: 0 });
  const [result, setResult] = useState<Result | null>(null);
  const key = `${channel}:${request.pages}:${request.reloads}`;
  const count = request.pages * pageSize;

  useEffect(
    () =>
      watchMessages(
        channel,
        { count },
        (snapshot) => setResult({ key, ...snapshot, failed: false }),
        () => setResult({ key, messages: [], hasMore: false, failed: true }),
      ),
    [channel, count, key],
  );

  const current = result?.key === key ? result : null;
  const status: MessagesStatus = current
    ? current.failed
      ? 'error'
      : 'ready'
    : result && !result.failed
      ? 'loadingMore'
      : 'loading';

  const loadMore = useCallback(() => setRequest((r) => ({ ...r, pages: r.pages + 1 })), []);
  const reload = useCallback(() => setRequest((r) => ({ ...r, reloads: r.reloads + 1 })), []);

  return {
    status,
    /** The latest list received (the shorter one while a longer one loads). */
    messages: result && !result.failed ? result.messages : [],
    hasMore: current?.hasMore ?? false,
    loadMore,
    reload,
  };
}
