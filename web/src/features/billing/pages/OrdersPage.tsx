// /admin/orders (admins, assistants): every order, newest first, filtered by status and read 25 at
// a time; paid orders can be refunded (PAY-4). Unresolved payment alerts show above the list.
import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES } from '@agora/domain';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { listOrders, type ListCursor, type OrderRecord } from '../../../lib/firebase/billing.ts';
import { ListFooter } from '../components/ListFooter.tsx';
import { MemberCell, memberLabel } from '../components/MemberCell.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PaymentAlerts } from '../components/PaymentAlerts.tsx';
import { newRefundTarget, RefundDialog, type RefundTarget } from '../components/RefundDialog.tsx';
import { StatusFilter } from '../components/StatusFilter.tsx';
import { knownPaymentMethod, ORDER_STATUS_COLORS } from '../display.ts';
import { useCursorList } from '../hooks/useCursorList.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { useMemberParam } from '../hooks/useMemberParam.ts';
import { useStatusParam } from '../hooks/useStatusParam.ts';
import { MemberFilter } from '../../../app/members/MemberFilter.tsx';
import Box from '@mui/material/Box';
import { ordersQuery, toOrderStatusFilter } from '../listQueries.ts';
import { canRefund } from '../refundForm.ts';

const PAGE_SIZE = 25;
const COLUMNS = 9;

export function OrdersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useOrganization();
  const [uid, setUid] = useMemberParam();
  const [status, setStatus] = useStatusParam(toOrderStatusFilter);
  const load = useCallback(
    (after: ListCursor | null) => listOrders(ordersQuery(status, uid), { pageSize: PAGE_SIZE, after }),
    [status, uid],
  );
  const orders = useCursorList<OrderRecord>(`${status}|${uid ?? ''}`, load);
  const members = useMembersById([...orders.items.map((order) => order.uid), ...(uid ? [uid] : [])]);
  const [refunding, setRefunding] = useState<RefundTarget | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const methodLabel = (order: OrderRecord) => {
    const known = knownPaymentMethod(order.paymentMethod);
    return known ? t(`billing.orders.methods.${known}`) : (order.paymentMethod ?? '—');
  };

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('billing.orders.title')}
        intro={t('billing.orders.intro')}
        onReload={orders.reload}
      />

      <PaymentAlerts timeZone={timeZone} onNotice={setNotice} />

      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        <StatusFilter
          id="orders-status"
          value={status}
          statuses={ORDER_STATUSES}
          label={(value) => t(`billing.orders.statuses.${value}`)}
          onChange={setStatus}
        />
        <Box sx={{ width: { sm: 320 } }}>
          <MemberFilter
            id="orders-filter-member"
            uid={uid}
            member={uid ? members[uid] : undefined}
            onChange={setUid}
          />
        </Box>
      </Stack>

      <ListState
        status={orders.status}
        errorText={t('billing.orders.loadError')}
        onRetry={orders.reload}
        keepOnError={orders.items.length > 0}
      >
        <ListTable
          label={t('billing.orders.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell sx={FROM_SM}>{t('billing.orders.columns.date')}</TableCell>
              <TableCell>{t('billing.orders.columns.member')}</TableCell>
              <TableCell sx={FROM_SM}>{t('billing.orders.columns.product')}</TableCell>
              <TableCell sx={FROM_MD} align="right">
                {t('billing.orders.columns.quantity')}
              </TableCell>
              <TableCell align="right">{t('billing.orders.columns.amount')}</TableCell>
              <TableCell sx={FROM_MD} align="right">
                {t('billing.orders.columns.credits')}
              </TableCell>
              <TableCell sx={FROM_MD}>{t('billing.orders.columns.method')}</TableCell>
              <TableCell>{t('billing.orders.columns.status')}</TableCell>
              <TableCell>{t('billing.common.actions')}</TableCell>
            </>
          }
          items={orders.items}
          emptyText={
            status === 'all' && uid === null ? t('billing.orders.empty') : t('billing.orders.noMatch')
          }
          row={(order) => {
            const date = order.createdAt ? formatDateTimeShort(order.createdAt, timeZone) : '—';
            const name = memberLabel(members, order.uid, t('billing.common.unknownMember'));
            return (
              <TableRow
                key={order.id}
                data-testid={`order-row-${order.id}`}
                hover
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell sx={{ ...FROM_SM, whiteSpace: 'nowrap' }}>{date}</TableCell>
                <TableCell sx={{ maxWidth: 240 }}>
                  <MemberCell members={members} uid={order.uid} />
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', sm: 'none' } }}
                  >
                    {date} · {order.productName}
                  </Typography>
                </TableCell>
                <TableCell sx={{ ...FROM_SM, maxWidth: 220, overflowWrap: 'anywhere' }}>
                  {order.productName}
                  {order.productKind && (
                    <Typography variant="body2" color="text.secondary">
                      {t(`billing.kinds.${order.productKind}`)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={FROM_MD} align="right">
                  {order.quantity}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(order.amountCents, locale)}
                  {order.refundedCents > 0 && (
                    <Typography variant="body2" color="text.secondary">
                      {t('billing.orders.refundedPart', {
                        amount: formatEuros(order.refundedCents, locale),
                      })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={FROM_MD} align="right">
                  {order.credits}
                </TableCell>
                <TableCell sx={FROM_MD}>
                  {methodLabel(order)}
                  {order.awaitingPayment && (
                    <Typography variant="body2" color="text.secondary">
                      {t('billing.orders.awaitingPayment')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                    <Chip
                      size="small"
                      color={order.status ? ORDER_STATUS_COLORS[order.status] : 'default'}
                      label={
                        order.status ? t(`billing.orders.statuses.${order.status}`) : (order.rawStatus ?? '—')
                      }
                    />
                    {order.demo && <Chip size="small" variant="outlined" label={t('billing.common.demo')} />}
                  </Stack>
                </TableCell>
                <TableCell>
                  {canRefund(order) && (
                    <Button
                      size="small"
                      color="warning"
                      aria-label={t('billing.orders.refundLabel', { product: order.productName, name })}
                      onClick={() => setRefunding(newRefundTarget(order, name))}
                    >
                      {t('billing.orders.refund')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          }}
        />
        <ListFooter list={orders} />
      </ListState>

      <RefundDialog
        target={refunding}
        onClose={() => setRefunding(null)}
        onDone={() => {
          setRefunding(null);
          setNotice({ severity: 'success', message: t('billing.refund.done') });
          orders.reload();
        }}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
