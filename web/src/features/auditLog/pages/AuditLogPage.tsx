// /admin/audit ("Journal d’audit", admins only, ACC-3): who did what, to whom, when and why, newest
// first, 50 per page, filtered by action, author and period (filters kept in the address). Each
// entry opens on what it changed, old → new. Times read in the organisation's zone.
import { useMemo } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FROM_MD } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { PageHeader } from '../../billing/components/PageHeader.tsx';
import {
  auditQueryPlan,
  filtersFromParams,
  filtersKey,
  filtersToParams,
  type AuditFilters,
} from '../auditFilters.ts';
import { targetUids } from '../auditTarget.ts';
import { AuditFiltersBar } from '../components/AuditFiltersBar.tsx';
import { AuditPager } from '../components/AuditPager.tsx';
import { AUDIT_COLUMNS, AuditRow } from '../components/AuditRow.tsx';
import { useAuditPage } from '../hooks/useAuditPage.ts';
import { useMemberNames } from '../hooks/useMemberNames.ts';

export function AuditLogPage() {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const [params, setParams] = useSearchParams();
  const key = filtersKey(filtersFromParams(params));
  // One filters object per filtered list (the address object changes on every render).
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const setFilters = (next: AuditFilters) =>
    // Replaced, not pushed: going back leaves the page rather than stepping through filters.
    setParams(filtersToParams(next), { replace: true });

  const plan = useMemo(() => auditQueryPlan(filters, timeZone), [filters, timeZone]);
  const audit = useAuditPage(`${key}|${timeZone}`, plan);
  const { directory, nameOf } = useMemberNames([
    ...audit.items.map((entry) => entry.actor),
    ...targetUids(audit.items),
    ...(filters.actor ? [filters.actor] : []),
  ]);

  const emptyText = audit.hasOlder
    ? t('auditLog.noMatchYet')
    : key === ''
      ? t('auditLog.empty')
      : t('auditLog.noMatch');

  return (
    <Stack spacing={2}>
      <PageHeader title={t('auditLog.title')} intro={t('auditLog.intro')} onReload={audit.reload} />

      <AuditFiltersBar
        filters={filters}
        members={directory.members}
        membersStatus={directory.status}
        nameOf={nameOf}
        onChange={setFilters}
      />

      <ListState
        status={audit.status}
        errorText={t('auditLog.loadError')}
        onRetry={audit.reload}
        keepOnError={false}
      >
        {audit.status === 'loadingMore' && <LinearProgress aria-label={t('common.loading')} />}
        <ListTable
          label={t('auditLog.title')}
          columns={AUDIT_COLUMNS}
          head={
            <>
              <TableCell>{t('auditLog.columns.date')}</TableCell>
              <TableCell>{t('auditLog.columns.actor')}</TableCell>
              <TableCell>{t('auditLog.columns.action')}</TableCell>
              <TableCell>{t('auditLog.columns.target')}</TableCell>
              <TableCell sx={FROM_MD}>{t('auditLog.columns.reason')}</TableCell>
              <TableCell padding="checkbox">{t('auditLog.columns.details')}</TableCell>
            </>
          }
          items={audit.items}
          emptyText={emptyText}
          row={(entry) => <AuditRow key={entry.id} entry={entry} timeZone={timeZone} nameOf={nameOf} />}
        />
        <AuditPager
          page={audit.page}
          hasNewer={audit.hasNewer}
          hasOlder={audit.hasOlder}
          loading={audit.status === 'loadingMore'}
          onNewer={audit.newer}
          onOlder={audit.older}
        />
      </ListState>
    </Stack>
  );
}
