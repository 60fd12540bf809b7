// One export job, live: the page follows the job it just started as the server builds the file.
import { useCallback } from 'react';
import { useLive, type LiveStatus, type Watch } from '../../../app/hooks/useLive.ts';
import { watchExport, type ExportRecord } from '../../../lib/firebase/exports.ts';

export function useExportJob(exportId: string | null) {
  const watch = useCallback<Watch<ExportRecord | null>>(
    (next, fail) => (exportId ? watchExport(exportId, next, fail) : () => undefined),
    [exportId],
  );
  const live = useLive(exportId ? watch : null);
  const status: LiveStatus | 'idle' = exportId ? live.status : 'idle';
  return { status, job: live.value ?? null, reload: live.reload };
}
