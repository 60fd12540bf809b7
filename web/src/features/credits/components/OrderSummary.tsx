// What an order buys and costs, as the checkout pages recall it.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatEuros } from '../../../app/money.ts';
import type { OrderRecord } from '../../../lib/firebase/shop.ts';

export function OrderSummary({ order }: { order: OrderRecord }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const amount = formatEuros(order.amountCents, locale);
  const rows: [string, string][] = [
    [t('credits.checkout.product'), order.productName || '—'],
    ...(order.productKind === 'subscription'
      ? []
      : ([[t('credits.checkout.quantity'), String(order.quantity)]] as [string, string][])),
    [
      t('credits.checkout.amount'),
      order.interval ? t(`credits.amountPer.${order.interval}`, { amount }) : amount,
    ],
    [
      t('credits.checkout.credits'),
      order.interval
        ? t(`credits.creditsPer.${order.interval}`, { count: order.credits })
        : t('credits.count', { count: order.credits }),
    ],
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} aria-labelledby="order-summary-title">
      <Typography id="order-summary-title" variant="h2" gutterBottom>
        {t('credits.checkout.summaryTitle')}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0 }}
      >
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
