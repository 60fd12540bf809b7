// /account/invoices ("Mes factures", INV-3): the member's invoices, credit notes and statements,
// newest first, live, 25 more at a time; each downloads as PDF through downloadInvoice, which checks
// the requester. A document whose PDF is still being generated says so and cannot be downloaded yet.
import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/authContext.ts';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { DownloadButton } from '../components/DownloadButton.tsx';
import { InvoiceLinks } from '../components/InvoiceLinks.tsx';
import { formatIssueDate } from '../display.ts';
import { useInvoiceDownload } from '../hooks/useInvoiceDownload.ts';
import { useKindLabel } from '../hooks/useKindLabel.ts';
import { useMyInvoices } from '../hooks/useMyInvoices.ts';

const PAGE_SIZE = 25;
const COLUMNS = 6;

function MyInvoicesList(props: { uid: string; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kindLabel = useKindLabel();
  const list = useMyInvoices(props.uid, PAGE_SIZE);
  const [notice, setNotice] = useState<Notice>(null);
  const onFailure = useCallback((message: string) => setNotice({ severity: 'error', message }), []);
  const downloads = useInvoiceDownload(onFailure);

  return (
    <>
      <ListState status={list.status} errorText={t('invoices.mine.loadError')} onRetry={list.reload}>
        <ListTable
          label={t('invoices.mine.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell>{t('invoices.columns.date')}</TableCell>
              <TableCell>{t('invoices.columns.number')}</TableCell>
              <TableCell sx={FROM_SM}>{t('invoices.columns.kind')}</TableCell>
              <TableCell sx={FROM_MD}>{t('invoices.columns.subject')}</TableCell>
              <TableCell align="right">{t('invoices.columns.amount')}</TableCell>
              <TableCell>{t('invoices.columns.actions')}</TableCell>
            </>
          }
          items={list.invoices}
          emptyText={t('invoices.mine.empty')}
          row={(invoice) => {
            const kind = kindLabel(invoice);
            return (
              <TableRow
                key={invoice.id}
                data-testid={`invoice-row-${invoice.id}`}
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatIssueDate(invoice.issuedAt, props.timeZone)}
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {invoice.number || t('invoices.noNumber')}
                  </Typography>
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', sm: 'none' } }}
                  >
                    {kind}
                  </Typography>
                  <InvoiceLinks invoice={invoice} />
                </TableCell>
                <TableCell sx={FROM_SM}>{kind}</TableCell>
                <TableCell sx={{ ...FROM_MD, maxWidth: 320, overflowWrap: 'anywhere' }}>
                  {invoice.subject || '—'}
                  {invoice.lineCount > 1 && (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {t('invoices.moreLines', { count: invoice.lineCount - 1 })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {invoice.grossCents !== null ? formatEuros(invoice.grossCents, locale) : '—'}
                </TableCell>
                <TableCell>
                  <DownloadButton
                    invoice={invoice}
                    busy={downloads.isDownloading(invoice.id)}
                    onDownload={() => void downloads.download(invoice)}
                  />
                </TableCell>
              </TableRow>
            );
          }}
        />
      </ListState>
      {(list.hasMore || list.status === 'loadingMore') && (
        <Box sx={{ display: 'flex', justifyContent: 'center' }}>
          <Button onClick={list.loadMore} loading={list.status === 'loadingMore'}>
            {t('invoices.mine.loadMore')}
          </Button>
        </Box>
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

export function MyInvoicesPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const { timeZone } = useOrganization();
  if (!session) return <LoadingScreen />;
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('invoices.mine.title')}
        </Typography>
        <Typography color="text.secondary">{t('invoices.mine.intro')}</Typography>
      </div>
      <MyInvoicesList key={session.uid} uid={session.uid} timeZone={timeZone} />
    </Stack>
  );
}
