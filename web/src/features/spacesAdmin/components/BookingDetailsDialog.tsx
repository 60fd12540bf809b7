// A booking's details on the staff calendar: where, when, for whom, seats, status, payment and note,
// with "Déplacer" and "Annuler la réservation" while it still holds seats.
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';
import type { ResourceRecord, SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { BOOKING_STATUS_COLORS, timeRange } from '../display.ts';
import { useWhoText } from '../hooks/useWhoText.ts';

const METHODS = ['credits', 'card', 'plan', 'internal'] as const;

function Row(props: { label: string; children: ReactNode }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 110 }}>
        {props.label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {props.children}
      </Typography>
    </Stack>
  );
}

export function BookingDetailsDialog(props: {
  booking: SpaceBookingRecord | null;
  resource: ResourceRecord | null;
  members: MembersById;
  timeZone: string;
  onClose: () => void;
  onMove: (booking: SpaceBookingRecord) => void;
  onCancel: (booking: SpaceBookingRecord) => void;
}) {
  const { t } = useTranslation();
  const whoText = useWhoText(props.members);
  const { booking, timeZone } = props;
  const member = booking?.uid ? props.members[booking.uid] : null;
  const method = METHODS.find((candidate) => candidate === booking?.method);
  const active = booking?.status === 'confirmed' || booking?.status === 'pending_payment';
  return (
    <Dialog
      open={booking !== null}
      onClose={props.onClose}
      aria-labelledby="space-booking-details-title"
      fullWidth
    >
      <DialogTitle id="space-booking-details-title">{t('spacesAdmin.booking.title')}</DialogTitle>
      {booking && (
        <DialogContent>
          <Stack spacing={1} data-testid="space-booking-details">
            <Row label={t('spacesAdmin.booking.resource')}>{props.resource?.name ?? booking.title}</Row>
            <Row label={t('spacesAdmin.booking.when')}>
              {dayjs(booking.startsAt).tz(timeZone).format('dddd D MMMM YYYY')},{' '}
              {timeRange(booking.startsAt, booking.endsAt, timeZone)}
            </Row>
            <Row label={t('spacesAdmin.booking.who')}>{whoText(booking)}</Row>
            {member?.data.email && <Row label={t('spacesAdmin.booking.email')}>{member.data.email}</Row>}
            <Row label={t('spacesAdmin.booking.seats')}>
              {t('spacesAdmin.seats', { count: booking.seats })}
            </Row>
            <Row label={t('spacesAdmin.booking.status')}>
              <Chip
                size="small"
                color={booking.status ? BOOKING_STATUS_COLORS[booking.status] : 'default'}
                label={
                  booking.status
                    ? t(`spacesAdmin.statuses.${booking.status}`)
                    : t('spacesAdmin.unknownStatus')
                }
              />
            </Row>
            {method && (
              <Row label={t('spacesAdmin.booking.payment')}>
                {method === 'credits' && booking.credits > 0
                  ? t('spacesAdmin.booking.paidCredits', {
                      method: t('spacesAdmin.methods.credits'),
                      credits: t('spacesAdmin.credits', { count: booking.credits }),
                    })
                  : t(`spacesAdmin.methods.${method}`)}
              </Row>
            )}
            {booking.note && !booking.internal && (
              <Row label={t('spacesAdmin.booking.note')}>{booking.note}</Row>
            )}
          </Stack>
        </DialogContent>
      )}
      <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button onClick={props.onClose}>{t('spacesAdmin.booking.close')}</Button>
        {booking && active && (
          <>
            <Button data-testid="space-booking-move" onClick={() => props.onMove(booking)}>
              {t('spacesAdmin.booking.move')}
            </Button>
            <Button
              color="error"
              variant="contained"
              data-testid="space-booking-cancel"
              onClick={() => props.onCancel(booking)}
            >
              {t('spacesAdmin.booking.cancel')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
