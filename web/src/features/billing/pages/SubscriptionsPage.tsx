// /admin/subscriptions (admins, assistants): members' subscriptions (CR-4), most recently changed
// first, filtered by Stripe status, with the next renewal or the end date. Read only: members stop
// and resume their own renewal; Stripe and the webhook write these documents.
import { useCallback } from 'react';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SUBSCRIPTION_STATUSES } from '@agora/domain';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import {
  listSubscriptions,
  type ListCursor,
  type SubscriptionRecord,
} from '../../../lib/firebase/billing.ts';
import { ListFooter } from '../components/ListFooter.tsx';
import { MemberCell } from '../components/MemberCell.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { StatusFilter } from '../components/StatusFilter.tsx';
import { SUBSCRIPTION_STATUS_COLORS } from '../display.ts';
import { useCursorList } from '../hooks/useCursorList.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { useMemberParam } from '../hooks/useMemberParam.ts';
import { useStatusParam } from '../hooks/useStatusParam.ts';
import { MemberFilter } from '../../../app/members/MemberFilter.tsx';
import Box from '@mui/material/Box';
import { subscriptionsQuery, toSubscriptionStatusFilter } from '../listQueries.ts';

const PAGE_SIZE = 25;
const COLUMNS = 7;

/** Subscriptions in these states no longer renew. */
const ENDED = new Set(['canceled', 'incomplete_expired']);

export function SubscriptionsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useOrganization();
  const [uid, setUid] = useMemberParam();
  const [status, setStatus] = useStatusParam(toSubscriptionStatusFilter);
  const load = useCallback(
    (after: ListCursor | null) =>
      listSubscriptions(subscriptionsQuery(status, uid), { pageSize: PAGE_SIZE, after }),
    [status, uid],
  );
  const subscriptions = useCursorList<SubscriptionRecord>(`${status}|${uid ?? ''}`, load);
  const members = useMembersById([
    ...subscriptions.items.map((subscription) => subscription.uid),
    ...(uid ? [uid] : []),
  ]);

  const periodText = (subscription: SubscriptionRecord) => {
    if (subscription.status && ENDED.has(subscription.status)) return t('billing.subscriptions.ended');
    if (!subscription.currentPeriodEnd) return '—';
    const date = formatDateTimeShort(subscription.currentPeriodEnd, timeZone);
    return subscription.cancelAtPeriodEnd
      ? t('billing.subscriptions.endsOn', { date })
      : t('billing.subscriptions.renewsOn', { date });
  };

  const perInterval = (subscription: SubscriptionRecord, value: string) =>
    subscription.interval ? t(`billing.perInterval.${subscription.interval}`, { value }) : value;

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('billing.subscriptions.title')}
        intro={t('billing.subscriptions.intro')}
        onReload={subscriptions.reload}
      />

      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        <StatusFilter
          id="subscriptions-status"
          value={status}
          statuses={SUBSCRIPTION_STATUSES}
          label={(value) => t(`billing.subscriptions.statuses.${value}`)}
          onChange={setStatus}
        />
        <Box sx={{ width: { sm: 320 } }}>
          <MemberFilter
            id="subscriptions-filter-member"
            uid={uid}
            member={uid ? members[uid] : undefined}
            onChange={setUid}
          />
        </Box>
      </Stack>

      <ListState
        status={subscriptions.status}
        errorText={t('billing.subscriptions.loadError')}
        onRetry={subscriptions.reload}
        keepOnError={subscriptions.items.length > 0}
      >
        <ListTable
          label={t('billing.subscriptions.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell>{t('billing.subscriptions.columns.member')}</TableCell>
              <TableCell sx={FROM_SM}>{t('billing.subscriptions.columns.product')}</TableCell>
              <TableCell sx={FROM_MD} align="right">
                {t('billing.subscriptions.columns.credits')}
              </TableCell>
              <TableCell sx={FROM_MD} align="right">
                {t('billing.subscriptions.columns.amount')}
              </TableCell>
              <TableCell>{t('billing.subscriptions.columns.status')}</TableCell>
              <TableCell sx={FROM_SM}>{t('billing.subscriptions.columns.renewal')}</TableCell>
              <TableCell sx={FROM_MD}>{t('billing.subscriptions.columns.cancelAtPeriodEnd')}</TableCell>
            </>
          }
          items={subscriptions.items}
          emptyText={
            status === 'all' && uid === null
              ? t('billing.subscriptions.empty')
              : t('billing.subscriptions.noMatch')
          }
          row={(subscription) => (
            <TableRow
              key={subscription.id}
              data-testid={`subscription-row-${subscription.id}`}
              hover
              sx={{ verticalAlign: 'top' }}
            >
              <TableCell sx={{ maxWidth: 240 }}>
                <MemberCell members={members} uid={subscription.uid} />
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ display: { xs: 'block', sm: 'none' } }}
                >
                  {subscription.productName} · {periodText(subscription)}
                </Typography>
              </TableCell>
              <TableCell sx={{ ...FROM_SM, maxWidth: 220, overflowWrap: 'anywhere' }}>
                {subscription.productName}
              </TableCell>
              <TableCell sx={FROM_MD} align="right">
                {perInterval(subscription, String(subscription.creditsPerPeriod))}
              </TableCell>
              <TableCell sx={{ ...FROM_MD, whiteSpace: 'nowrap' }} align="right">
                {perInterval(subscription, formatEuros(subscription.amountCents, locale))}
              </TableCell>
              <TableCell>
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                  <Chip
                    size="small"
                    color={subscription.status ? SUBSCRIPTION_STATUS_COLORS[subscription.status] : 'default'}
                    label={
                      subscription.status
                        ? t(`billing.subscriptions.statuses.${subscription.status}`)
                        : (subscription.rawStatus ?? '—')
                    }
                  />
                  {subscription.demo && (
                    <Chip size="small" variant="outlined" label={t('billing.common.demo')} />
                  )}
                </Stack>
              </TableCell>
              <TableCell sx={FROM_SM}>{periodText(subscription)}</TableCell>
              <TableCell sx={FROM_MD}>
                {subscription.cancelAtPeriodEnd ? t('billing.common.yes') : t('billing.common.no')}
              </TableCell>
            </TableRow>
          )}
        />
        <ListFooter list={subscriptions} />
      </ListState>
    </Stack>
  );
}
