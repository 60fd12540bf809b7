// The signed-in member's booking of one session, live: undefined while loading (or signed out),
// null when there is none.
import { useCallback } from 'react';
import { watchMySessionBooking, type SessionBookingRecord } from '../../../lib/firebase/sessions.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useMySessionBooking(uid: string | null, sessionId: string) {
  const watch = useCallback<Watch<SessionBookingRecord | null>>(
    (next, fail) => (uid ? watchMySessionBooking(uid, sessionId, next, fail) : () => undefined),
    [uid, sessionId],
  );
  const live = useLive(uid ? watch : null);
  return { status: live.status, booking: live.value, reload: live.reload };
}
