// /admin/companies (admins, assistants): business customers (ACC-4), live. Staff create and edit
// them with their members, and credit those members together after a quote made elsewhere: the
// credits go through the same reasoned adjustment as on the members page (adjustCredits).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { deleteCompany, watchCompanies, type CompanyRecord } from '../../../lib/firebase/billing.ts';
import { getUsers } from '../../../lib/firebase/users.ts';
import { displayName } from '../../admin/memberSearch.ts';
import {
  AdjustCreditsDialog,
  newAdjustTarget,
  type AdjustTarget,
} from '../components/AdjustCreditsDialog.tsx';
import { CompanyDialog, type CompanyEditing } from '../components/CompanyDialog.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useConfirmedDelete } from '../hooks/useConfirmedDelete.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

const subscribeCompanies: Watch<CompanyRecord[]> = (callback, onError) => watchCompanies(callback, onError);

const COLUMNS = 6;

export function CompaniesPage() {
  const { t } = useTranslation();
  const companies = useLive(subscribeCompanies);
  const [editing, setEditing] = useState<CompanyEditing | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const deletion = useConfirmedDelete({
    remove: (company: CompanyRecord) => deleteCompany(company.id),
    doneText: t('billing.companies.deleted'),
    failedText: t('billing.companies.deleteError'),
    onNotice: setNotice,
  });

  // Names are read when asked for: the list itself holds uids only.
  const creditMembers = async (company: CompanyRecord) => {
    setPreparing(company.id);
    try {
      const users = await getUsers(company.memberUids);
      setAdjusting(
        newAdjustTarget(
          company.memberUids.map((uid) => {
            const user = users[uid];
            return { uid, name: user ? displayName(user) : uid, email: user?.data.email ?? '' };
          }),
        ),
      );
    } catch {
      setNotice({ severity: 'error', message: t('billing.companies.membersLoadError') });
    } finally {
      setPreparing(null);
    }
  };

  const list = companies.value ?? [];
  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('billing.companies.title')}
        intro={t('billing.companies.intro')}
        newLabel={t('billing.companies.new')}
        onNew={() => setEditing({ company: null })}
      />

      <ListState
        status={companies.status}
        errorText={t('billing.companies.loadError')}
        onRetry={companies.reload}
      >
        <ListTable
          label={t('billing.companies.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell>{t('billing.companies.columns.name')}</TableCell>
              <TableCell sx={FROM_MD}>{t('billing.companies.columns.siren')}</TableCell>
              <TableCell sx={FROM_MD}>{t('billing.companies.columns.vatNumber')}</TableCell>
              <TableCell sx={FROM_SM}>{t('billing.companies.columns.billingEmail')}</TableCell>
              <TableCell>{t('billing.companies.columns.members')}</TableCell>
              <TableCell>{t('billing.common.actions')}</TableCell>
            </>
          }
          items={list}
          emptyText={t('billing.companies.empty')}
          row={(company) => {
            const noMembers = company.memberUids.length === 0;
            return (
              <TableRow
                key={company.id}
                data-testid={`company-row-${company.id}`}
                hover
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell sx={{ maxWidth: 240 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                    {company.name}
                  </Typography>
                </TableCell>
                <TableCell sx={FROM_MD}>{company.siren ?? '—'}</TableCell>
                <TableCell sx={FROM_MD}>{company.vatNumber ?? '—'}</TableCell>
                <TableCell sx={{ ...FROM_SM, overflowWrap: 'anywhere' }}>
                  {company.billingEmail ?? '—'}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {t('billing.companies.membersCount', { count: company.memberUids.length })}
                </TableCell>
                <TableCell>
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
                    <Button
                      size="small"
                      aria-label={t('billing.companies.editLabel', { name: company.name })}
                      onClick={() => setEditing({ company })}
                    >
                      {t('billing.common.edit')}
                    </Button>
                    <Tooltip title={noMembers ? t('billing.companies.noMembersToCredit') : ''}>
                      <span>
                        <Button
                          size="small"
                          variant="outlined"
                          aria-label={t('billing.companies.creditLabel', { name: company.name })}
                          disabled={noMembers || (preparing !== null && preparing !== company.id)}
                          loading={preparing === company.id}
                          onClick={() => void creditMembers(company)}
                        >
                          {t('billing.companies.credit')}
                        </Button>
                      </span>
                    </Tooltip>
                    <Button
                      size="small"
                      color="error"
                      aria-label={t('billing.companies.deleteLabel', { name: company.name })}
                      onClick={() => deletion.ask(company)}
                    >
                      {t('billing.common.delete')}
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            );
          }}
        />
      </ListState>

      <CompanyDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice({ severity: 'success', message: t('billing.companies.saved') });
        }}
      />
      <AdjustCreditsDialog
        target={adjusting}
        onClose={() => setAdjusting(null)}
        onDone={() => {
          setAdjusting(null);
          setNotice({ severity: 'success', message: t('billing.adjust.done') });
        }}
      />
      <ConfirmDialog
        {...deletion.dialogProps}
        idPrefix="company-delete"
        title={t('billing.companies.deleteTitle')}
        text={(company) => t('billing.companies.deleteText', { name: company.name })}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
