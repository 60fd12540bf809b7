// One session, live; null when it does not exist or is not published.
import { useCallback } from 'react';
import { watchSession, type SessionRecord } from '../../../lib/firebase/sessions.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useSession(sessionId: string) {
  const watch = useCallback<Watch<SessionRecord | null>>(
    (next, fail) => watchSession(sessionId, next, fail),
    [sessionId],
  );
  const live = useLive(watch);
  return { status: live.status, session: live.value ?? null, reload: live.reload };
}
