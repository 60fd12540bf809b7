// All the signed-in member's space bookings, live (a payment confirmed or a move shows at once).
import { useCallback } from 'react';
import { watchMySpaceBookings, type SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useMySpaceBookings(uid: string) {
  const watch = useCallback<Watch<SpaceBookingRecord[]>>(
    (next, fail) => watchMySpaceBookings(uid, next, fail),
    [uid],
  );
  const live = useLive(watch);
  return { status: live.status, bookings: live.value ?? [], reload: live.reload };
}
