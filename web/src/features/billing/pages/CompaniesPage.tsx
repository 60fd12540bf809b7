// /admin/companies (admins, assistants): business customers (ACC-4), live. Staff create and edit
// them with their members, and credit those members together after a quote made elsewhere: the
// credits go through the same reasoned adjustment as on the members page (adjustCredits).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import {
  deleteCompany,
  getUsers,
  watchCompanies,
  type CompanyRecord,
} from '../../../lib/firebase/billing.ts';
import { displayName } from '../../admin/memberSearch.ts';
import {
  AdjustCreditsDialog,
  newAdjustTarget,
  type AdjustTarget,
} from '../components/AdjustCreditsDialog.tsx';
import { CompanyDialog, type CompanyEditing } from '../components/CompanyDialog.tsx';
import { useLiveQuery, type Subscribe } from '../hooks/useLiveQuery.ts';

const subscribeCompanies: Subscribe<CompanyRecord[]> = (callback, onError) =>
  watchCompanies(callback, onError);

const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;
const FROM_MD = { display: { xs: 'none', md: 'table-cell' } } as const;
const COLUMNS = 6;

export function CompaniesPage() {
  const { t } = useTranslation();
  const companies = useLiveQuery(subscribeCompanies);
  const [editing, setEditing] = useState<CompanyEditing | null>(null);
  const [deleting, setDeleting] = useState<CompanyRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

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

  const confirmDelete = async (company: CompanyRecord) => {
    setBusy(true);
    try {
      await deleteCompany(company.id);
      setNotice({ severity: 'success', message: t('billing.companies.deleted') });
    } catch {
      setNotice({ severity: 'error', message: t('billing.companies.deleteError') });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  const list = companies.value ?? [];
  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h1">{t('billing.companies.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ company: null })}>
          {t('billing.companies.new')}
        </Button>
      </Stack>
      <Typography color="text.secondary">{t('billing.companies.intro')}</Typography>

      {companies.status === 'loading' && <LoadingScreen />}
      {companies.status === 'error' && (
        <LoadErrorAlert message={t('billing.companies.loadError')} onRetry={companies.reload} />
      )}
      {companies.status === 'ready' && (
        <TableContainer component={Paper}>
          <Table
            size="small"
            aria-label={t('billing.companies.title')}
            sx={{ '& th, & td': { px: { xs: 1, sm: 2 } } }}
          >
            <TableHead>
              <TableRow>
                <TableCell>{t('billing.companies.columns.name')}</TableCell>
                <TableCell sx={FROM_MD}>{t('billing.companies.columns.siren')}</TableCell>
                <TableCell sx={FROM_MD}>{t('billing.companies.columns.vatNumber')}</TableCell>
                <TableCell sx={FROM_SM}>{t('billing.companies.columns.billingEmail')}</TableCell>
                <TableCell>{t('billing.companies.columns.members')}</TableCell>
                <TableCell>{t('billing.common.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((company) => {
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
                          onClick={() => setDeleting(company)}
                        >
                          {t('billing.common.delete')}
                        </Button>
                      </Stack>
                    </TableCell>
                  </TableRow>
                );
              })}
              {list.length === 0 && (
                <TableRow>
                  <TableCell colSpan={COLUMNS}>
                    <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                      {t('billing.companies.empty')}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}

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
        item={deleting}
        busy={busy}
        idPrefix="company-delete"
        title={t('billing.companies.deleteTitle')}
        text={(company) => t('billing.companies.deleteText', { name: company.name })}
        confirmLabel={t('billing.common.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={(company) => void confirmDelete(company)}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
