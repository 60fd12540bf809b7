// What a document says about the others it is linked to: the invoice a credit note cancels, the one
// a corrective invoice replaces, the credit note that cancelled an invoice.
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { InvoiceRecord } from '../../../lib/firebase/invoices.ts';

export function InvoiceLinks({
  invoice,
}: {
  invoice: Pick<InvoiceRecord, 'kind' | 'corrects' | 'correctedBy'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {invoice.corrects && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {t(invoice.kind === 'credit-note' ? 'invoices.cancels' : 'invoices.replaces', {
            number: invoice.corrects.number || invoice.corrects.id,
          })}
        </Typography>
      )}
      {invoice.correctedBy && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {t('invoices.cancelledBy', { number: invoice.correctedBy.number || invoice.correctedBy.id })}
        </Typography>
      )}
    </>
  );
}
