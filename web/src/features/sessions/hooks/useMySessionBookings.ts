// All the signed-in member's session bookings, live (a cancellation by staff shows at once).
import { useCallback } from 'react';
import { watchMySessionBookings, type SessionBookingRecord } from '../../../lib/firebase/sessions.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useMySessionBookings(uid: string) {
  const watch = useCallback<Watch<SessionBookingRecord[]>>(
    (next, fail) => watchMySessionBookings(uid, next, fail),
    [uid],
  );
  const live = useLive(watch);
  return { status: live.status, bookings: live.value ?? [], reload: live.reload };
}
