// A space booking's state as a coloured chip: confirmed, awaiting payment (until when the seats are
// held), payment not received, cancelled; a status unknown to this version shows as stored. A
// booking moved to another time (it keeps its id) carries a second chip saying so.
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { formatTime } from '../../sessions/time.ts';
import { spaceBookingState, wasMoved } from '../spaceBookings.ts';

export function SpaceBookingStatusChip(props: { booking: SpaceBookingRecord; now: Date; timeZone: string }) {
  const { t } = useTranslation();
  const { booking } = props;
  const state = spaceBookingState(booking, props.now);
  const label =
    state === 'unknown'
      ? (booking.rawStatus ?? '—')
      : state === 'pending' && booking.holdExpiresAt !== null
        ? t('spaces.statuses.pendingUntil', { time: formatTime(booking.holdExpiresAt, props.timeZone) })
        : t(`spaces.statuses.${state}`);
  const live = state === 'confirmed' || state === 'pending';
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip
        size="small"
        data-testid={`space-booking-status-${booking.id}`}
        data-state={state}
        color={state === 'confirmed' ? 'success' : state === 'pending' ? 'warning' : 'default'}
        variant={live ? 'filled' : 'outlined'}
        label={label}
      />
      {wasMoved(booking) && (
        <Chip
          size="small"
          color="info"
          variant="outlined"
          data-testid={`space-booking-moved-${booking.id}`}
          label={t('spaces.statuses.moved')}
        />
      )}
    </Stack>
  );
}
