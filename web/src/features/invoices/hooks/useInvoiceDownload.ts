// Downloads a document's PDF through downloadInvoice (which checks the requester: owner, admin,
// assistant) and saves it; a failure is told in words through `onFailure`. Each document's button
// stays busy while its own download runs.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callDownloadInvoice } from '../../../lib/firebase/callables.ts';
import type { InvoiceRecord } from '../../../lib/firebase/invoices.ts';
import { downloadErrorKey } from '../display.ts';
import { invoiceFile, saveBlob } from '../download.ts';

export function useInvoiceDownload(onFailure: (message: string) => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());

  const setBusy = (id: string, busy: boolean) =>
    setPending((current) => {
      const next = new Set(current);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });

  const download = useCallback(
    async (invoice: Pick<InvoiceRecord, 'id' | 'number'>) => {
      setBusy(invoice.id, true);
      try {
        const result = await callDownloadInvoice({ invoiceId: invoice.id });
        const file = invoiceFile(result, invoice.number || invoice.id);
        saveBlob(file.blob, file.filename);
      } catch (error) {
        onFailure(t(`invoices.errors.${downloadErrorKey(error)}`));
      } finally {
        setBusy(invoice.id, false);
      }
    },
    [onFailure, t],
  );

  const isDownloading = useCallback((id: string) => pending.has(id), [pending]);
  return { download, isDownloading };
}
