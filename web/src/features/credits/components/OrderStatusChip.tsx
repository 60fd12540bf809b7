// An order's status as a coloured chip (a status unknown to this version shows as stored).
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { OrderRecord } from '../../../lib/firebase/shop.ts';
import { ORDER_STATUS_COLORS } from '../orders.ts';

export function OrderStatusChip({ order }: { order: Pick<OrderRecord, 'status' | 'rawStatus'> }) {
  const { t } = useTranslation();
  if (!order.status) return <Chip size="small" variant="outlined" label={order.rawStatus ?? '—'} />;
  return (
    <Chip
      size="small"
      color={ORDER_STATUS_COLORS[order.status]}
      variant={order.status === 'pending' ? 'outlined' : 'filled'}
      label={t(`credits.orderStatuses.${order.status}`)}
    />
  );
}
