// "Lancer l’export": sends the form to `startExport` and keeps the id of the job it queued, which
// the page then follows. A refusal is kept as a message key (errors.callable.*) to show by the form.
import { useCallback, useState } from 'react';
import { callableErrorKey, type CallableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { callStartExport } from '../../../lib/firebase/callables.ts';
import { buildExportRequest, type ExportFormValues } from '../exportRequest.ts';

export function useStartExport() {
  const [submitting, setSubmitting] = useState(false);
  const [exportId, setExportId] = useState<string | null>(null);
  const [error, setError] = useState<CallableErrorKey | null>(null);

  const start = useCallback(async (values: ExportFormValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await callStartExport(buildExportRequest(values));
      setExportId(result.exportId);
    } catch (caught) {
      setError(callableErrorKey(caught));
    } finally {
      setSubmitting(false);
    }
  }, []);

  return { submitting, exportId, error, start };
}
