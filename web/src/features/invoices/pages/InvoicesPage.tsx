// /admin/invoices ("Factures", admins and assistants, INV-4): every invoice, credit note and
// statement, newest first, 25 at a time, filtered by period, member, type and status (filters kept
// in the address). Each can be downloaded and emailed again; admins correct an invoice not yet
// corrected: a credit note cancels it and a corrective invoice replaces it, the original unchanged.
import { useCallback, useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { hasRole, INVOICE_CORRECTION_ROLES } from '../../../app/auth/permissions.ts';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { LoadMoreFooter } from '../../../app/lists/LoadMoreFooter.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { ListCursor } from '../../../lib/firebase/billing.ts';
import { callResendInvoice } from '../../../lib/firebase/callables.ts';
import { fetchInvoiceBatch, type InvoiceRecord } from '../../../lib/firebase/invoices.ts';
import { MemberCell, memberLabel } from '../../billing/components/MemberCell.tsx';
import { PageHeader } from '../../billing/components/PageHeader.tsx';
import { useCursorList } from '../../billing/hooks/useCursorList.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { CorrectInvoiceDialog } from '../components/CorrectInvoiceDialog.tsx';
import { DownloadButton } from '../components/DownloadButton.tsx';
import { InvoiceFiltersBar } from '../components/InvoiceFiltersBar.tsx';
import { InvoiceLinks } from '../components/InvoiceLinks.tsx';
import { correctionErrorKey, formatIssueDate } from '../display.ts';
import { useInvoiceDownload } from '../hooks/useInvoiceDownload.ts';
import { useKindLabel } from '../hooks/useKindLabel.ts';
import {
  filtersFromParams,
  filtersKey,
  filtersToParams,
  invoicesQuery,
  invoiceStatus,
  statusCheck,
  type InvoiceFilters,
} from '../listQueries.ts';
import { collectPage } from '../paging.ts';

const PAGE_SIZE = 25;
const COLUMNS = 7;

export function InvoicesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { role } = useAuth();
  const { timeZone } = useOrganization();
  const kindLabel = useKindLabel();
  const [params, setParams] = useSearchParams();
  const key = filtersKey(filtersFromParams(params));
  // One filters object per filtered list (the address object changes on every render).
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const setFilters = (next: InvoiceFilters) =>
    // Replaced, not pushed: going back leaves the page rather than stepping through filters.
    setParams(filtersToParams(next), { replace: true });

  const load = useCallback(
    (after: ListCursor | null) => {
      const spec = invoicesQuery(filters, timeZone);
      return collectPage((cursor, size) => fetchInvoiceBatch(spec, { after: cursor, size }), {
        after,
        pageSize: PAGE_SIZE,
        keep: statusCheck(filters.status),
      });
    },
    [filters, timeZone],
  );
  const invoices = useCursorList<InvoiceRecord>(`${key}|${timeZone}`, load);
  const members = useMembersById([
    ...invoices.items.map((invoice) => invoice.uid),
    ...(filters.uid ? [filters.uid] : []),
  ]);

  const [notice, setNotice] = useState<Notice>(null);
  const onFailure = useCallback((message: string) => setNotice({ severity: 'error', message }), []);
  const downloads = useInvoiceDownload(onFailure);
  const canCorrect = hasRole(role, INVOICE_CORRECTION_ROLES);
  const [resending, setResending] = useState<InvoiceRecord | null>(null);
  const [resendBusy, setResendBusy] = useState(false);
  const [correcting, setCorrecting] = useState<InvoiceRecord | null>(null);

  const resend = async (invoice: InvoiceRecord) => {
    setResendBusy(true);
    try {
      await callResendInvoice({ invoiceId: invoice.id });
      setNotice({ severity: 'success', message: t('invoices.staff.resend.done') });
    } catch (error) {
      const message =
        correctionErrorKey(error) === 'notFound'
          ? t('invoices.errors.notFound')
          : t(`errors.callable.${callableErrorKey(error)}`);
      setNotice({ severity: 'error', message });
    } finally {
      setResendBusy(false);
      setResending(null);
    }
  };

  const statusFiltered = filters.status !== 'all';
  const emptyText =
    statusFiltered && invoices.hasMore
      ? t('invoices.staff.noMatchYet')
      : key === ''
        ? t('invoices.staff.empty')
        : t('invoices.staff.noMatch');

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('invoices.staff.title')}
        intro={t('invoices.staff.intro')}
        onReload={invoices.reload}
      />

      <InvoiceFiltersBar
        filters={filters}
        member={filters.uid ? members[filters.uid] : undefined}
        onChange={setFilters}
      />

      <ListState
        status={invoices.status}
        errorText={t('invoices.staff.loadError')}
        onRetry={invoices.reload}
        keepOnError={invoices.items.length > 0}
      >
        <ListTable
          label={t('invoices.staff.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell sx={FROM_SM}>{t('invoices.columns.date')}</TableCell>
              <TableCell>{t('invoices.columns.number')}</TableCell>
              <TableCell>{t('invoices.columns.member')}</TableCell>
              <TableCell sx={FROM_MD}>{t('invoices.columns.kind')}</TableCell>
              <TableCell align="right">{t('invoices.columns.amount')}</TableCell>
              <TableCell sx={FROM_SM}>{t('invoices.columns.status')}</TableCell>
              <TableCell>{t('invoices.columns.actions')}</TableCell>
            </>
          }
          items={invoices.items}
          emptyText={emptyText}
          row={(invoice) => {
            const date = formatIssueDate(invoice.issuedAt, timeZone);
            const kind = kindLabel(invoice);
            const status = invoiceStatus(invoice);
            return (
              <TableRow
                key={invoice.id}
                data-testid={`invoice-row-${invoice.id}`}
                hover
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell sx={{ ...FROM_SM, whiteSpace: 'nowrap' }}>{date}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 120 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {invoice.number || t('invoices.noNumber')}
                  </Typography>
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', md: 'none' } }}
                  >
                    {kind}
                  </Typography>
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', sm: 'none' } }}
                  >
                    {date} · {t(`invoices.statuses.${status}`)}
                  </Typography>
                  <InvoiceLinks invoice={invoice} />
                </TableCell>
                <TableCell sx={{ maxWidth: 240 }}>
                  {invoice.uid ? (
                    <MemberCell members={members} uid={invoice.uid} />
                  ) : (
                    <Typography variant="body2">{t('invoices.staff.unknownMember')}</Typography>
                  )}
                  {invoice.buyer?.company?.name && (
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      sx={{ display: 'block', overflowWrap: 'anywhere' }}
                    >
                      {invoice.buyer.company.name}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={FROM_MD}>{kind}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {invoice.grossCents !== null ? formatEuros(invoice.grossCents, locale) : '—'}
                </TableCell>
                <TableCell sx={FROM_SM}>
                  <Chip
                    size="small"
                    color={status === 'corrected' ? 'warning' : 'default'}
                    label={t(`invoices.statuses.${status}`)}
                  />
                </TableCell>
                <TableCell>
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                    <DownloadButton
                      invoice={invoice}
                      busy={downloads.isDownloading(invoice.id)}
                      onDownload={() => void downloads.download(invoice)}
                    />
                    <Button size="small" onClick={() => setResending(invoice)}>
                      {t('invoices.staff.resend.action')}
                    </Button>
                    {canCorrect && invoice.kind === 'invoice' && !invoice.correctedBy && (
                      <Button size="small" color="warning" onClick={() => setCorrecting(invoice)}>
                        {t('invoices.staff.correct.action')}
                      </Button>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          }}
        />
        <LoadMoreFooter
          summary={t('invoices.staff.loaded', { count: invoices.items.length })}
          loadMoreLabel={t('invoices.staff.loadMore')}
          hasMore={invoices.hasMore}
          loadingMore={invoices.status === 'loadingMore'}
          onLoadMore={invoices.loadMore}
        />
      </ListState>

      <ConfirmDialog
        item={resending}
        busy={resendBusy}
        idPrefix="resend-invoice"
        title={t('invoices.staff.resend.confirmTitle')}
        text={(invoice) =>
          t('invoices.staff.resend.confirmText', {
            number: invoice.number || invoice.id,
            kind: kindLabel(invoice),
            name: invoice.buyerName || memberLabel(members, invoice.uid, t('invoices.staff.unknownMember')),
          })
        }
        confirmLabel={t('invoices.staff.resend.confirm')}
        onCancel={() => setResending(null)}
        onConfirm={(invoice) => void resend(invoice)}
      />
      <CorrectInvoiceDialog
        invoice={correcting}
        onClose={() => setCorrecting(null)}
        onDone={(message) => {
          setCorrecting(null);
          setNotice({ severity: 'success', message });
          invoices.reload();
        }}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
