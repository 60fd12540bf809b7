// /admin/orders (admins, assistants): every order, newest first, filtered by status and read 25 at
// a time; paid orders can be refunded (PAY-4). Unresolved payment alerts show above the list.
import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ORDER_STATUSES } from '@agora/domain';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { listOrders, type ListCursor, type OrderRecord } from '../../../lib/firebase/billing.ts';
import { ListFooter } from '../components/ListFooter.tsx';
import { MemberCell, memberLabel } from '../components/MemberCell.tsx';
import { PaymentAlerts } from '../components/PaymentAlerts.tsx';
import { newRefundTarget, RefundDialog, type RefundTarget } from '../components/RefundDialog.tsx';
import { StatusFilter } from '../components/StatusFilter.tsx';
import { knownPaymentMethod, ORDER_STATUS_COLORS } from '../display.ts';
import { useCursorList } from '../hooks/useCursorList.ts';
import { useMembersById } from '../hooks/useMembersById.ts';
import { ordersQuery, toOrderStatusFilter } from '../listQueries.ts';
import { canRefund } from '../refundForm.ts';

const PAGE_SIZE = 25;
const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;
const FROM_MD = { display: { xs: 'none', md: 'table-cell' } } as const;
const COLUMNS = 9;

export function OrdersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useOrganization();
  const [params, setParams] = useSearchParams();
  const status = toOrderStatusFilter(params.get('status'));
  const load = useCallback(
    (after: ListCursor | null) => listOrders(ordersQuery(status), { pageSize: PAGE_SIZE, after }),
    [status],
  );
  const orders = useCursorList<OrderRecord>(status, load);
  const members = useMembersById(orders.items.map((order) => order.uid));
  const [refunding, setRefunding] = useState<RefundTarget | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const methodLabel = (order: OrderRecord) => {
    const known = knownPaymentMethod(order.paymentMethod);
    return known ? t(`billing.orders.methods.${known}`) : (order.paymentMethod ?? '—');
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h1">{t('billing.orders.title')}</Typography>
        <IconButton aria-label={t('billing.common.reload')} onClick={orders.reload}>
          <RefreshIcon />
        </IconButton>
      </Stack>
      <Typography color="text.secondary">{t('billing.orders.intro')}</Typography>

      <PaymentAlerts timeZone={timeZone} onNotice={setNotice} />

      <StatusFilter
        id="orders-status"
        value={status}
        statuses={ORDER_STATUSES}
        label={(value) => t(`billing.orders.statuses.${value}`)}
        onChange={(value) => {
          const next = toOrderStatusFilter(value);
          setParams(next === 'all' ? {} : { status: next }, { replace: true });
        }}
      />

      {orders.status === 'loading' && <LoadingScreen />}
      {orders.status === 'error' && (
        <LoadErrorAlert message={t('billing.orders.loadError')} onRetry={orders.reload} />
      )}
      {orders.status !== 'loading' && (orders.status !== 'error' || orders.items.length > 0) && (
        <>
          <TableContainer component={Paper}>
            <Table
              size="small"
              aria-label={t('billing.orders.title')}
              sx={{ '& th, & td': { px: { xs: 1, sm: 2 } } }}
            >
              <TableHead>
                <TableRow>
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
                </TableRow>
              </TableHead>
              <TableBody>
                {orders.items.map((order) => {
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
                              order.status
                                ? t(`billing.orders.statuses.${order.status}`)
                                : (order.rawStatus ?? '—')
                            }
                          />
                          {order.demo && (
                            <Chip size="small" variant="outlined" label={t('billing.common.demo')} />
                          )}
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
                })}
                {orders.items.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={COLUMNS}>
                      <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                        {status === 'all' ? t('billing.orders.empty') : t('billing.orders.noMatch')}
                      </Typography>
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </TableContainer>
          <ListFooter
            count={orders.items.length}
            hasMore={orders.hasMore}
            loadingMore={orders.status === 'loadingMore'}
            onLoadMore={orders.loadMore}
          />
        </>
      )}

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
