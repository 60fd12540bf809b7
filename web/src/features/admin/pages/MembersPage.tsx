// /admin/members: members list (admin, assistant) by last name, page by page; a search (name or
// email) or a role filter looks through every member (the directory, loaded once). Each member's
// companies and credit balance, credit adjustments (CR-6) for the members selected, on one page or
// several; for admins, the role of each member through setUserRole after a confirmation.
import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import type { StaffRole } from '@agora/domain';
import { useAuth } from '../../../app/auth/authContext.ts';
import { BILLING_ROLES, canManageRoles, hasRole } from '../../../app/auth/permissions.ts';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { callSetUserRole, type UserRecord } from '../../../lib/firebase/index.ts';
import { RoleChip } from '../../accounts/components/RoleChip.tsx';
import {
  AdjustCreditsDialog,
  newAdjustTarget,
  type AdjustMember,
  type AdjustTarget,
} from '../../billing/components/AdjustCreditsDialog.tsx';
import { useBalances } from '../../billing/hooks/useBalances.ts';
import { profileStatusOf } from '../../accounts/profileForm.ts';
import { MemberRoleSelect } from '../components/MemberRoleSelect.tsx';
import { RoleChangeDialog, type PendingRoleChange } from '../components/RoleChangeDialog.tsx';
import { useMembers } from '../hooks/useMembers.ts';
import { useMemberDirectory } from '../../../app/hooks/useMemberDirectory.ts';
import { displayName, matchesRole, matchesSearch, normalize, type RoleFilter } from '../memberSearch.ts';
import { useMemberCompanies } from '../hooks/useMemberCompanies.ts';

const PAGE_SIZE = 25;
/** Matches shown at once when searching every member: beyond, the search asks to be narrowed. */
const SHOWN_MATCHES = 50;
const ROLE_FILTERS: readonly RoleFilter[] = ['all', 'none', 'admin', 'assistant', 'moderator'];
// On phones, admins read the role in its select and the status on the profile: two columns fewer.
const HIDE_ON_PHONES = { display: { xs: 'none', sm: 'table-cell' } } as const;

export function MembersPage() {
  const { t } = useTranslation();
  const { session, role: myRole } = useAuth();
  const members = useMembers(PAGE_SIZE);
  const [search, setSearch] = useState('');
  const [roleFilter, setRoleFilter] = useState<RoleFilter>('all');
  const filtering = normalize(search) !== '' || roleFilter !== 'all';
  const directory = useMemberDirectory(filtering);
  const [pending, setPending] = useState<PendingRoleChange | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  // Roles changed here, shown at once (the list is a snapshot, not a live query).
  const [roleChanges, setRoleChanges] = useState<Record<string, StaffRole | null>>({});
  const isAdmin = canManageRoles(myRole);
  const canAdjust = hasRole(myRole, BILLING_ROLES);
  // Selected members stay selected across pages, so one adjustment can cover several pages.
  const [selected, setSelected] = useState<Record<string, AdjustMember>>({});
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [balanceReloads, setBalanceReloads] = useState(0);
  // Balances answered by our own adjustment, shown at once while the column reloads (and if the
  // reload fails); the reloaded values win once they arrive.
  const [recentBalances, setRecentBalances] = useState<Record<string, number>>({});
  const matches = useMemo(
    () =>
      filtering
        ? directory.members
            .filter((m) => matchesSearch(m, search) && matchesRole(m.data.role ?? null, roleFilter))
            .sort((a, b) => displayName(a).localeCompare(displayName(b)))
        : members.members,
    [filtering, directory.members, members.members, search, roleFilter],
  );
  const visible = useMemo(
    () => matches.slice(0, filtering ? SHOWN_MATCHES : undefined),
    [matches, filtering],
  );
  const listStatus = filtering ? directory.status : members.status;
  const pageUids = useMemo(() => visible.map((member) => member.uid), [visible]);
  const balances = useBalances(canAdjust ? pageUids : [], balanceReloads);
  const companies = useMemberCompanies(pageUids, canAdjust);

  const balanceOf = (uid: string): number | undefined =>
    (balances.status === 'ready' ? undefined : recentBalances[uid]) ?? balances.balances[uid];
  const selectedCount = Object.keys(selected).length;
  const visibleSelected = visible.filter((member) => member.uid in selected).length;

  const adjustMemberOf = (member: UserRecord): AdjustMember => ({
    uid: member.uid,
    name: displayName(member),
    email: member.data.email ?? '',
  });
  const setChecked = (list: readonly UserRecord[], checked: boolean) =>
    setSelected((current) => {
      const uids = new Set(list.map((member) => member.uid));
      const kept = Object.entries(current).filter(([uid]) => !uids.has(uid));
      const added = checked ? list.map((member) => [member.uid, adjustMemberOf(member)] as const) : [];
      return Object.fromEntries([...kept, ...added]);
    });
  const toggle = (member: UserRecord, checked: boolean) => setChecked([member], checked);
  const toggleVisible = (checked: boolean) => setChecked(visible, checked);
  const reload = () => {
    setRecentBalances({});
    setBalanceReloads((count) => count + 1);
    members.reload();
  };

  const roleOf = (member: UserRecord): StaffRole | null =>
    member.uid in roleChanges ? (roleChanges[member.uid] ?? null) : (member.data.role ?? null);

  const confirm = async (change: PendingRoleChange) => {
    setSaving(true);
    try {
      const result = await callSetUserRole({ uid: change.uid, role: change.to });
      setRoleChanges((current) => ({ ...current, [change.uid]: result.role ?? null }));
      setNotice({
        severity: 'success',
        message: t('admin.members.roleUpdated', {
          name: change.name,
          role: result.role ? t(`roles.${result.role}`) : t('roles.none'),
        }),
      });
    } catch (error) {
      setNotice({ severity: 'error', message: t(`errors.callable.${callableErrorKey(error)}`) });
    } finally {
      setSaving(false);
      setPending(null);
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h1">{t('admin.members.title')}</Typography>
        <IconButton aria-label={t('admin.members.reload')} onClick={reload}>
          <RefreshIcon />
        </IconButton>
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          id="members-search"
          type="search"
          label={t('admin.members.search')}
          helperText={t('admin.members.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          sx={{ flex: 1 }}
        />
        <TextField
          id="members-role-filter"
          select
          label={t('admin.members.roleFilter')}
          value={roleFilter}
          onChange={(event) =>
            setRoleFilter(ROLE_FILTERS.find((value) => value === event.target.value) ?? 'all')
          }
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ width: { sm: 240 } }}
        >
          {ROLE_FILTERS.map((value) => (
            <option key={value} value={value}>
              {value === 'all'
                ? t('admin.members.allRoles')
                : value === 'none'
                  ? t('admin.members.noRole')
                  : t(`roles.${value}`)}
            </option>
          ))}
        </TextField>
      </Stack>
      {filtering && directory.status === 'ready' && (
        <Typography variant="body2" color="text.secondary" role="status">
          {matches.length > SHOWN_MATCHES
            ? t('admin.members.matchesCapped', { count: matches.length, shown: SHOWN_MATCHES })
            : t('admin.members.matches', { count: matches.length })}
          {directory.truncated && ` ${t('memberFilter.truncated', { count: directory.members.length })}`}
        </Typography>
      )}

      {canAdjust && (
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
        >
          <Typography variant="body2" color="text.secondary" role="status">
            {t('billing.members.selected', { count: selectedCount })}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button disabled={selectedCount === 0} onClick={() => setSelected({})}>
              {t('billing.members.clearSelection')}
            </Button>
            <Button
              variant="contained"
              disabled={selectedCount === 0}
              onClick={() => setAdjusting(newAdjustTarget(Object.values(selected)))}
            >
              {t('billing.members.adjust')}
            </Button>
          </Stack>
        </Stack>
      )}
      {canAdjust && balances.status === 'error' && (
        <LoadErrorAlert
          message={t('billing.members.balanceLoadError')}
          onRetry={() => setBalanceReloads((count) => count + 1)}
        />
      )}

      {listStatus === 'loading' && <LoadingScreen />}
      {listStatus === 'error' && (
        <LoadErrorAlert
          message={t('admin.members.loadError')}
          onRetry={filtering ? directory.retry : members.reload}
        />
      )}
      {listStatus === 'ready' && (
        <TableContainer component={Paper}>
          <Table size="small" aria-label={t('admin.members.title')}>
            <TableHead>
              <TableRow>
                {canAdjust && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={visible.length > 0 && visibleSelected === visible.length}
                      indeterminate={visibleSelected > 0 && visibleSelected < visible.length}
                      disabled={visible.length === 0}
                      onChange={(event) => toggleVisible(event.target.checked)}
                      slotProps={{ input: { 'aria-label': t('billing.members.selectPage') } }}
                    />
                  </TableCell>
                )}
                <TableCell>{t('admin.members.columns.member')}</TableCell>
                <TableCell sx={HIDE_ON_PHONES}>{t('admin.members.columns.status')}</TableCell>
                <TableCell sx={isAdmin ? HIDE_ON_PHONES : undefined}>
                  {t('admin.members.columns.role')}
                </TableCell>
                {canAdjust && <TableCell sx={HIDE_ON_PHONES}>{t('admin.members.columns.company')}</TableCell>}
                {canAdjust && <TableCell align="right">{t('billing.members.balance')}</TableCell>}
                {isAdmin && <TableCell>{t('admin.members.columns.changeRole')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {visible.map((member) => {
                const role = roleOf(member);
                const name = displayName(member);
                const email = member.data.email ?? '';
                const status = profileStatusOf(member.data.status);
                return (
                  <TableRow
                    key={member.uid}
                    data-testid={`member-row-${member.uid}`}
                    hover
                    selected={member.uid in selected}
                  >
                    {canAdjust && (
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={member.uid in selected}
                          onChange={(event) => toggle(member, event.target.checked)}
                          slotProps={{ input: { 'aria-label': t('billing.members.select', { name }) } }}
                        />
                      </TableCell>
                    )}
                    <TableCell>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {name}
                      </Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                        {email}
                      </Typography>
                    </TableCell>
                    <TableCell sx={HIDE_ON_PHONES}>
                      {status ? t(`profile.statuses.${status}`) : '—'}
                    </TableCell>
                    <TableCell sx={isAdmin ? HIDE_ON_PHONES : undefined}>
                      <RoleChip role={role} />
                    </TableCell>
                    {canAdjust && (
                      <TableCell sx={HIDE_ON_PHONES} data-testid={`member-companies-${member.uid}`}>
                        {companies[member.uid]?.join(', ') ?? '—'}
                      </TableCell>
                    )}
                    {canAdjust && (
                      <TableCell align="right" data-testid={`member-balance-${member.uid}`}>
                        {balanceOf(member.uid) ?? '—'}
                      </TableCell>
                    )}
                    {isAdmin && (
                      <TableCell>
                        <MemberRoleSelect
                          uid={member.uid}
                          role={role}
                          isSelf={member.uid === session?.uid}
                          disabled={saving}
                          onChange={(to) => {
                            if (to !== role) setPending({ uid: member.uid, name, email, from: role, to });
                          }}
                        />
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
              {visible.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7}>
                    <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                      {filtering ? t('admin.members.noMatch') : t('admin.members.empty')}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <Box
        sx={{
          display: filtering ? 'none' : 'flex',
          alignItems: 'center',
          justifyContent: 'flex-end',
          gap: 1,
        }}
      >
        <Typography variant="body2" color="text.secondary">
          {t('admin.members.page', { page: members.pageIndex + 1 })}
        </Typography>
        <IconButton
          aria-label={t('admin.members.previousPage')}
          disabled={!members.hasPrevious}
          onClick={members.previous}
        >
          <ChevronLeft />
        </IconButton>
        <IconButton
          aria-label={t('admin.members.nextPage')}
          disabled={!members.hasNext}
          onClick={members.next}
        >
          <ChevronRight />
        </IconButton>
      </Box>

      <RoleChangeDialog
        change={pending}
        busy={saving}
        onCancel={() => setPending(null)}
        onConfirm={(change) => void confirm(change)}
      />
      <AdjustCreditsDialog
        target={adjusting}
        onClose={() => setAdjusting(null)}
        onDone={(updated) => {
          setAdjusting(null);
          setRecentBalances((current) => ({ ...current, ...updated }));
          setBalanceReloads((count) => count + 1);
          setNotice({ severity: 'success', message: t('billing.adjust.done') });
        }}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
