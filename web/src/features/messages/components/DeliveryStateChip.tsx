// The delivery state of a message as a coloured chip (unknown states shown as stored).
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { MessageDelivery } from '../../../lib/firebase/index.ts';
import { STATE_COLORS } from '../messageList.ts';

export function DeliveryStateChip({ delivery }: { delivery: MessageDelivery }) {
  const { t } = useTranslation();
  if (!delivery.state) {
    return <Chip size="small" variant="outlined" label={delivery.rawState ?? t('admin.messages.unknown')} />;
  }
  return (
    <Chip
      size="small"
      color={STATE_COLORS[delivery.state]}
      variant={delivery.state === 'pending' ? 'outlined' : 'filled'}
      label={t(`admin.messages.states.${delivery.state}`)}
    />
  );
}
