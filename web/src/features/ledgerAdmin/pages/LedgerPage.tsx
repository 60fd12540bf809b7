// /admin/ledger ("Mouvements de crédits", admins and assistants; issue 8 item 2): every credit
// added or taken, for all members (a collection-group query) or one, by date, 25 at a time,
// filtered by kind, member and period (kept in the address).
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LEDGER_KINDS } from '@agora/domain';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { ChoiceSelect } from '../../../app/lists/ChoiceSelect.tsx';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { PeriodFilter } from '../../../app/lists/PeriodFilter.tsx';
import { SortOrderSelect } from '../../../app/lists/SortOrderSelect.tsx';
import { useListFilters } from '../../../app/lists/useListFilters.ts';
import { MemberFilter } from '../../../app/members/MemberFilter.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { ListCursor } from '../../../lib/firebase/lists.ts';
import { listLedgerEntries, type StaffLedgerRecord } from '../../../lib/firebase/staffLists.ts';
import { ListFooter } from '../../billing/components/ListFooter.tsx';
import { MemberCell, memberLabel } from '../../billing/components/MemberCell.tsx';
import { PageHeader } from '../../billing/components/PageHeader.tsx';
import { useCursorList } from '../../billing/hooks/useCursorList.ts';
import {
  ledgerFiltersFromParams,
  ledgerFiltersToParams,
  ledgerQuery,
  type LedgerFilters,
} from '../ledgerFilters.ts';

const PAGE_SIZE = 25;
const COLUMNS = 7;
const NO_FILTERS = ledgerFiltersFromParams(new URLSearchParams());

export function LedgerPage() {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const { filters, key, setFilters } = useListFilters(ledgerFiltersFromParams, ledgerFiltersToParams);
  const set = (patch: Partial<LedgerFilters>) => setFilters({ ...filters, ...patch });
  const filtered = key !== '';

  const load = useCallback(
    (after: ListCursor | null) =>
      listLedgerEntries(filters.uid, ledgerQuery(filters, timeZone), { pageSize: PAGE_SIZE, after }),
    [filters, timeZone],
  );
  const entries = useCursorList<StaffLedgerRecord>(`${key}|${timeZone}`, load);
  const members = useMembersById([
    ...entries.items.map((entry) => entry.uid),
    ...entries.items.map((entry) => entry.actor ?? ''),
    ...(filters.uid ? [filters.uid] : []),
  ]);

  const actorText = (entry: StaffLedgerRecord) => {
    if (!entry.actor || entry.actor === 'system') return t('ledgerAdmin.actorSystem');
    if (entry.actor === entry.uid) return t('ledgerAdmin.actorSelf');
    return memberLabel(members, entry.actor, entry.actor);
  };

  return (
    <Stack spacing={2}>
      <PageHeader title={t('ledgerAdmin.title')} intro={t('ledgerAdmin.intro')} onReload={entries.reload} />

      <Box component="section" aria-label={t('ledgerAdmin.filters.label')}>
        <Grid container spacing={2} sx={{ alignItems: 'flex-end' }}>
          <Grid size={{ xs: 12, sm: 6, md: 2 }}>
            <ChoiceSelect
              id="ledger-filter-kind"
              label={t('ledgerAdmin.filters.kind')}
              allLabel={t('ledgerAdmin.filters.allKinds')}
              value={filters.kind}
              values={LEDGER_KINDS}
              labelOf={(kind) => t(`credits.ledgerKinds.${kind}`)}
              onChange={(kind) => set({ kind })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <MemberFilter
              id="ledger-filter-member"
              uid={filters.uid}
              member={filters.uid ? members[filters.uid] : undefined}
              onChange={(uid) => set({ uid })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <PeriodFilter
              id="ledger-filter-period"
              from={filters.from}
              to={filters.to}
              onChange={(period) => set(period)}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 2 }}>
            <SortOrderSelect id="ledger-order" value={filters.order} onChange={(order) => set({ order })} />
          </Grid>
          {filtered && (
            <Grid size={12}>
              <Button size="small" onClick={() => setFilters(NO_FILTERS)}>
                {t('ledgerAdmin.filters.clear')}
              </Button>
            </Grid>
          )}
        </Grid>
      </Box>

      <ListState
        status={entries.status}
        errorText={t('ledgerAdmin.loadError')}
        onRetry={entries.reload}
        keepOnError={entries.items.length > 0}
      >
        <ListTable
          label={t('ledgerAdmin.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell>{t('ledgerAdmin.columns.date')}</TableCell>
              <TableCell>{t('ledgerAdmin.columns.member')}</TableCell>
              <TableCell sx={FROM_SM}>{t('ledgerAdmin.columns.kind')}</TableCell>
              <TableCell align="right">{t('ledgerAdmin.columns.delta')}</TableCell>
              <TableCell sx={FROM_SM} align="right">
                {t('ledgerAdmin.columns.balance')}
              </TableCell>
              <TableCell sx={FROM_MD}>{t('ledgerAdmin.columns.ref')}</TableCell>
              <TableCell sx={FROM_MD}>{t('ledgerAdmin.columns.actor')}</TableCell>
            </>
          }
          items={entries.items}
          emptyText={filtered ? t('ledgerAdmin.noMatch') : t('ledgerAdmin.empty')}
          row={(entry) => (
            <TableRow
              key={`${entry.uid}/${entry.id}`}
              data-testid={`ledger-row-${entry.uid}-${entry.id}`}
              hover
              sx={{ verticalAlign: 'top' }}
            >
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {entry.createdAt ? formatDateTimeShort(entry.createdAt, timeZone) : '—'}
              </TableCell>
              <TableCell sx={{ maxWidth: 240 }}>
                <MemberCell members={members} uid={entry.uid} />
              </TableCell>
              <TableCell sx={FROM_SM}>
                {entry.kind ? t(`credits.ledgerKinds.${entry.kind}`) : (entry.rawKind ?? '—')}
              </TableCell>
              <TableCell
                align="right"
                sx={{
                  whiteSpace: 'nowrap',
                  fontWeight: 600,
                  color: entry.delta < 0 ? 'error.main' : 'success.main',
                }}
              >
                {entry.delta > 0 ? `+${String(entry.delta)}` : String(entry.delta)}
              </TableCell>
              <TableCell sx={FROM_SM} align="right">
                {entry.balanceAfter ?? '—'}
              </TableCell>
              <TableCell sx={{ ...FROM_MD, maxWidth: 240, overflowWrap: 'anywhere' }}>
                {entry.ref ?? '—'}
                {entry.reason && (
                  <Typography variant="body2" color="text.secondary">
                    {entry.reason}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={FROM_MD}>{actorText(entry)}</TableCell>
            </TableRow>
          )}
        />
        <ListFooter list={entries} />
      </ListState>
    </Stack>
  );
}
