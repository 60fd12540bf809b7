// The staff member's recent export jobs, newest first, live: a job started here, or on another
// tab, appears at once and turns into a download link when its file is ready.
import { useCallback } from 'react';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';
import { watchMyExports, type ExportRecord } from '../../../lib/firebase/exports.ts';

export function useMyExports(uid: string | null) {
  const watch = useCallback<Watch<ExportRecord[]>>(
    (next, fail) => (uid ? watchMyExports(uid, next, fail) : () => undefined),
    [uid],
  );
  const live = useLive(uid ? watch : null);
  return { status: live.status, jobs: live.value ?? [], reload: live.reload };
}
