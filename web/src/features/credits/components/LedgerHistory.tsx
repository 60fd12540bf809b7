// The wallet's history (CR-5): every ledger entry, newest first, filtered by kind, 20 per page.
// The table remounts for another kind (key), so a filter always starts from its first page.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';
import { LEDGER_KINDS } from '@agora/domain';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { FROM_SM } from '../../../app/lists/columns.ts';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { formatCreditDelta } from '../../../app/money.ts';
import type { LedgerEntryRecord } from '../../../lib/firebase/wallet.ts';
import { useLedger } from '../hooks/useLedger.ts';
import { deltaColor, ledgerKindOf, toLedgerFilter, type LedgerFilter } from '../ledger.ts';

export const LEDGER_PAGE_SIZE = 20;
// Phones keep three columns: the operation (with its date and detail below), the change, the balance.
const COLUMNS = 5;

function KindLabel({ entry }: { entry: LedgerEntryRecord }) {
  const { t } = useTranslation();
  return <>{entry.kind ? t(`credits.ledgerKinds.${entry.kind}`) : (entry.rawKind ?? '—')}</>;
}

function LedgerTable(props: { uid: string; filter: LedgerFilter; timeZone: string }) {
  const { t } = useTranslation();
  const ledger = useLedger(props.uid, ledgerKindOf(props.filter), LEDGER_PAGE_SIZE);

  if (ledger.status === 'loading') return <LoadingScreen />;
  if (ledger.status === 'error') {
    return <LoadErrorAlert message={t('credits.wallet.historyLoadError')} onRetry={ledger.reload} />;
  }

  return (
    <Stack spacing={1}>
      <ListTable
        label={t('credits.wallet.historyTitle')}
        columns={COLUMNS}
        head={
          <>
            <TableCell sx={FROM_SM}>{t('credits.wallet.columns.date')}</TableCell>
            <TableCell>{t('credits.wallet.columns.kind')}</TableCell>
            <TableCell sx={FROM_SM}>{t('credits.wallet.columns.detail')}</TableCell>
            <TableCell align="right">{t('credits.wallet.columns.delta')}</TableCell>
            <TableCell align="right">{t('credits.wallet.columns.balanceAfter')}</TableCell>
          </>
        }
        items={ledger.entries}
        emptyText={
          props.filter === 'all' ? t('credits.wallet.historyEmpty') : t('credits.wallet.historyEmptyKind')
        }
        row={(entry) => {
          const date = entry.createdAt ? formatDateTimeShort(entry.createdAt, props.timeZone) : '—';
          return (
            <TableRow key={entry.id} data-testid={`ledger-row-${entry.id}`} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ ...FROM_SM, whiteSpace: 'nowrap' }}>{date}</TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  <KindLabel entry={entry} />
                </Typography>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ display: { xs: 'block', sm: 'none' }, overflowWrap: 'anywhere' }}
                >
                  {date}
                  {entry.reason && ` · ${entry.reason}`}
                </Typography>
              </TableCell>
              <TableCell sx={{ ...FROM_SM, overflowWrap: 'anywhere', maxWidth: 360 }}>
                {entry.reason ?? '—'}
              </TableCell>
              <TableCell
                align="right"
                sx={{ color: deltaColor(entry.delta), fontWeight: 600, whiteSpace: 'nowrap' }}
              >
                {formatCreditDelta(entry.delta)}
              </TableCell>
              <TableCell align="right">{entry.balanceAfter ?? '—'}</TableCell>
            </TableRow>
          );
        }}
      />
      {(ledger.hasPrevious || ledger.hasNext) && (
        <Box
          component="nav"
          aria-label={t('credits.wallet.historyTitle')}
          sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, flexWrap: 'wrap' }}
        >
          <Typography variant="body2" color="text.secondary">
            {t('credits.wallet.page', { page: ledger.pageIndex + 1 })}
          </Typography>
          <Button startIcon={<ChevronLeft />} disabled={!ledger.hasPrevious} onClick={ledger.previous}>
            {t('credits.wallet.previousPage')}
          </Button>
          <Button endIcon={<ChevronRight />} disabled={!ledger.hasNext} onClick={ledger.next}>
            {t('credits.wallet.nextPage')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}

export function LedgerHistory(props: { uid: string; timeZone: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<LedgerFilter>('all');
  return (
    <Stack component="section" spacing={2} aria-labelledby="ledger-title">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography id="ledger-title" variant="h2">
          {t('credits.wallet.historyTitle')}
        </Typography>
        <TextField
          id="ledger-kind"
          select
          size="small"
          label={t('credits.wallet.kindFilter')}
          value={filter}
          onChange={(event) => setFilter(toLedgerFilter(event.target.value))}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ width: { sm: 260 } }}
        >
          <option value="all">{t('credits.wallet.allKinds')}</option>
          {LEDGER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`credits.ledgerKinds.${kind}`)}
            </option>
          ))}
        </TextField>
      </Stack>
      <LedgerTable key={filter} uid={props.uid} filter={filter} timeZone={props.timeZone} />
    </Stack>
  );
}
