// A document's type in words ("Facture", "Avoir", "Relevé"); an unknown stored kind is shown as is.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceRecord } from '../../../lib/firebase/invoices.ts';

export function useKindLabel(): (invoice: Pick<InvoiceRecord, 'kind' | 'rawKind'>) => string {
  const { t } = useTranslation();
  return useCallback(
    (invoice) => (invoice.kind ? t(`invoices.kinds.${invoice.kind}`) : (invoice.rawKind ?? '—')),
    [t],
  );
}
