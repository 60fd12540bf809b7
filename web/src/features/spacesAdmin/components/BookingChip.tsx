// One booking on the calendar: times, who (a member by name, or internal use with its note), seats
// and, unless confirmed, its status. A click opens its details. The test id is the booking's, so
// browser tests find it whatever view shows it.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';
import type { SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { BOOKING_STATUS_COLORS, timeRange } from '../display.ts';
import { useWhoText } from '../hooks/useWhoText.ts';

export function BookingChip(props: {
  booking: SpaceBookingRecord;
  members: MembersById;
  timeZone: string;
  /** Named in the label when the view mixes resources (month view, every resource). */
  resourceName?: string;
  onOpen: (booking: SpaceBookingRecord) => void;
}) {
  const { t } = useTranslation();
  const whoText = useWhoText(props.members);
  const { booking } = props;
  const parts = [
    timeRange(booking.startsAt, booking.endsAt, props.timeZone),
    props.resourceName,
    whoText(booking),
    booking.seats > 1 ? t('spacesAdmin.seats', { count: booking.seats }) : undefined,
    booking.status === 'confirmed'
      ? undefined
      : booking.status
        ? t(`spacesAdmin.statuses.${booking.status}`)
        : t('spacesAdmin.unknownStatus'),
  ].filter(Boolean);
  const cancelled = booking.status === 'cancelled';
  return (
    <Chip
      data-testid={`calendar-booking-${booking.id}`}
      data-status={booking.status ?? 'unknown'}
      size="small"
      color={booking.status ? BOOKING_STATUS_COLORS[booking.status] : 'default'}
      variant={booking.status === 'confirmed' ? 'filled' : 'outlined'}
      label={parts.join(' · ')}
      onClick={(event) => {
        event.stopPropagation();
        props.onOpen(booking);
      }}
      sx={{
        height: 'auto',
        maxWidth: '100%',
        justifyContent: 'flex-start',
        '& .MuiChip-label': {
          whiteSpace: 'normal',
          overflowWrap: 'anywhere',
          py: 0.25,
          textDecoration: cancelled ? 'line-through' : undefined,
        },
      }}
    />
  );
}
