// A booking's status as a coloured chip (a status unknown to this version shows as stored).
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { SessionBookingRecord } from '../../../lib/firebase/sessions.ts';

export function BookingStatusChip({
  booking,
}: {
  booking: Pick<SessionBookingRecord, 'status' | 'rawStatus'>;
}) {
  const { t } = useTranslation();
  if (!booking.status) return <Chip size="small" variant="outlined" label={booking.rawStatus ?? '—'} />;
  return (
    <Chip
      size="small"
      color={
        booking.status === 'confirmed' ? 'success' : booking.status === 'cancelled' ? 'default' : 'warning'
      }
      variant={booking.status === 'cancelled' ? 'outlined' : 'filled'}
      label={t(`sessions.statuses.${booking.status}`)}
    />
  );
}
