// The LMS link of a session, for a member holding a confirmed booking. The rules let the member
// read it only once the booking is confirmed, so the subscription starts (again) then: `key` names
// the booking state it is read for (e.g. the booking attempt), and a refusal reads as "no link".
import { useCallback } from 'react';
import { watchSessionAccess } from '../../../lib/firebase/sessions.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useSessionAccess(sessionId: string, key: string | null) {
  const watch = useCallback<Watch<string | null>>(
    (next) => (key === null ? () => undefined : watchSessionAccess(sessionId, next)),
    [sessionId, key],
  );
  const live = useLive(key === null ? null : watch);
  return { status: live.status, lmsUrl: live.value ?? null };
}
