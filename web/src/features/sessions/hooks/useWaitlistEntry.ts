// Whether the signed-in member waits for a seat of this session, live (a promotion removes it).
import { useCallback } from 'react';
import { watchMyWaitlistEntry } from '../../../lib/firebase/sessions.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useWaitlistEntry(sessionId: string, uid: string | null) {
  const watch = useCallback<Watch<{ joinedAt: Date | null } | null>>(
    (next, fail) => (uid ? watchMyWaitlistEntry(sessionId, uid, next, fail) : () => undefined),
    [sessionId, uid],
  );
  const live = useLive(uid ? watch : null);
  return { status: live.status, onList: live.value != null, reload: live.reload };
}
