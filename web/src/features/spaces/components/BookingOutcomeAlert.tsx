// The outcome of the member's last booking on this page: confirmed (with the new balance when paid
// in credits) or awaiting payment, with the way to the member's space bookings.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { BookSpaceResult } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export function BookingOutcomeAlert({ result, onClose }: { result: BookSpaceResult; onClose: () => void }) {
  const { t } = useTranslation();
  const confirmed = result.status === 'confirmed';
  return (
    <Alert
      severity={confirmed ? 'success' : 'info'}
      role="status"
      onClose={onClose}
      data-testid="space-booking-outcome"
    >
      <AlertTitle>{confirmed ? t('spaces.booking.confirmed') : t('spaces.booking.pending')}</AlertTitle>
      <Typography variant="body2">
        {confirmed ? t('spaces.booking.confirmedText') : t('spaces.booking.pendingText')}
      </Typography>
      {confirmed && result.balance !== undefined && (
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="space-booking-balance">
          {t('spaces.booking.newBalance', { count: result.balance })}
        </Typography>
      )}
      <Link component={RouterLink} to="/account/space-bookings" variant="body2">
        {t('spaces.booking.myBookings')}
      </Link>
    </Alert>
  );
}
