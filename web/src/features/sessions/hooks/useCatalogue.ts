// The published sessions starting in a range, live (a seat taken elsewhere shows at once).
import { useCallback } from 'react';
import { watchPublishedSessions, type SessionRecord } from '../../../lib/firebase/sessions.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useCatalogue(range: { from: Date; to: Date | null }) {
  // The view is identified by its bounds (numbers): a new Date object for the same day is no new view.
  const fromMs = range.from.getTime();
  const toMs = range.to?.getTime() ?? null;
  const watch = useCallback<Watch<SessionRecord[]>>(
    (next, fail) =>
      watchPublishedSessions(
        { from: new Date(fromMs), to: toMs === null ? null : new Date(toMs) },
        next,
        fail,
      ),
    [fromMs, toMs],
  );
  const live = useLive(watch);
  return {
    status: live.status,
    /** A list is on screen (this range's, or the previous one's while this one loads). */
    ready: live.value !== undefined || live.latest !== undefined,
    /** The sessions of the current range, or of the previous one while the new range loads. */
    sessions: live.value ?? live.latest ?? [],
    reload: live.reload,
  };
}
