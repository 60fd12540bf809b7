// A subscription's Stripe status as a coloured chip, in the member's words.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { SubscriptionRecord } from '../../../lib/firebase/shop.ts';
import { SUBSCRIPTION_STATUS_COLORS } from '../subscriptions.ts';

export function SubscriptionStatusChip({
  subscription,
}: {
  subscription: Pick<SubscriptionRecord, 'status' | 'rawStatus'>;
}) {
  const { t } = useTranslation();
  if (!subscription.status) {
    return <Chip size="small" variant="outlined" label={subscription.rawStatus ?? '—'} />;
  }
  return (
    <Chip
      size="small"
      color={SUBSCRIPTION_STATUS_COLORS[subscription.status]}
      label={t(`credits.subscription.statuses.${subscription.status}`)}
    />
  );
}
