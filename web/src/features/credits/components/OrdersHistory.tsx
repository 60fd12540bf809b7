// "Mes achats": the member's orders, newest first, live, with "show more". A pending order links to
// its payment follow-up (a SEPA debit waiting for the bank, a payment being confirmed).
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useMyOrders } from '../hooks/useMyOrders.ts';
import { OrderStatusChip } from './OrderStatusChip.tsx';

const ORDERS_PAGE_SIZE = 10;

export function OrdersHistory(props: { uid: string; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useMyOrders(props.uid, ORDERS_PAGE_SIZE);

  return (
    <Stack component="section" spacing={2} aria-labelledby="orders-title">
      <Typography id="orders-title" variant="h2">
        {t('credits.wallet.ordersTitle')}
      </Typography>
      <ListState status={list.status} errorText={t('credits.wallet.ordersLoadError')} onRetry={list.reload}>
        <ListTable
          label={t('credits.wallet.ordersTitle')}
          columns={4}
          head={
            <>
              <TableCell sx={FROM_SM}>{t('credits.wallet.ordersColumns.date')}</TableCell>
              <TableCell>{t('credits.wallet.ordersColumns.product')}</TableCell>
              <TableCell align="right">{t('credits.wallet.ordersColumns.amount')}</TableCell>
              <TableCell>{t('credits.wallet.ordersColumns.status')}</TableCell>
            </>
          }
          items={list.orders}
          emptyText={t('credits.wallet.ordersEmpty')}
          row={(order) => {
            const date = order.createdAt ? formatDateTimeShort(order.createdAt, props.timeZone) : '—';
            return (
              <TableRow key={order.id} data-testid={`order-row-${order.id}`} sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ ...FROM_SM, whiteSpace: 'nowrap' }}>{date}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                    {order.productName || '—'}
                  </Typography>
                  {order.quantity > 1 && (
                    <Typography variant="body2" component="span" color="text.secondary">
                      {' '}
                      {t('credits.wallet.quantityTimes', { quantity: order.quantity })}
                    </Typography>
                  )}
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', sm: 'none' } }}
                  >
                    {date}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(order.amountCents, locale)}
                </TableCell>
                <TableCell>
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                    <OrderStatusChip order={order} />
                    {order.status === 'pending' && order.awaitingPayment && (
                      <Typography variant="caption" color="text.secondary">
                        {t('credits.wallet.sepaPending')}
                      </Typography>
                    )}
                    {order.status === 'pending' && (
                      <Link
                        component={RouterLink}
                        to={`/checkout/return?order=${encodeURIComponent(order.id)}`}
                        variant="caption"
                      >
                        {t('credits.wallet.followPayment')}
                      </Link>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          }}
        />
      </ListState>
      {(list.hasMore || list.status === 'loadingMore') && (
        <Box sx={{ display: 'flex', justifyContent: 'center' }}>
          <Button onClick={list.loadMore} loading={list.status === 'loadingMore'}>
            {t('credits.wallet.loadMore')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
