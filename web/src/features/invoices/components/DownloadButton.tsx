// The download of one document in a list: its accessible name names the document ("Télécharger
// F-2026-000123"); while the PDF is being generated, the button is disabled and says so.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import type { InvoiceRecord } from '../../../lib/firebase/invoices.ts';

export function DownloadButton(props: {
  invoice: Pick<InvoiceRecord, 'id' | 'number' | 'pdfReady'>;
  busy: boolean;
  onDownload: () => void;
}) {
  const { t } = useTranslation();
  const { invoice } = props;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        aria-label={t('invoices.downloadLabel', { number: invoice.number || invoice.id })}
        disabled={!invoice.pdfReady}
        loading={props.busy}
        onClick={props.onDownload}
      >
        {t('invoices.download')}
      </Button>
      {!invoice.pdfReady && (
        <Typography
          variant="caption"
          color="text.secondary"
          data-testid={`invoice-pdf-pending-${invoice.id}`}
        >
          {t('invoices.pdfPending')}
        </Typography>
      )}
    </Stack>
  );
}
