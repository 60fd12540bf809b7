// The organisation's cancellation window in hours (settings), live; the server's default until read.
import { useEffect, useState } from 'react';
import {
  DEFAULT_CANCELLATION_WINDOW_HOURS,
  watchCancellationWindowHours,
} from '../../../lib/firebase/sessions.ts';

export function useCancellationWindow(): number {
  const [hours, setHours] = useState(DEFAULT_CANCELLATION_WINDOW_HOURS);
  useEffect(() => watchCancellationWindowHours(setHours), []);
  return hours;
}
