// Too few credits to book (CAPS-3): how many are missing, and the way to the shop (packs and
// subscriptions), which brings the member back to this session once paid.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { shopPathFor } from '../bookingState.ts';

export function InsufficientCreditsAlert(props: { sessionId: string; missing: number | null }) {
  const { t } = useTranslation();
  const shop = shopPathFor(props.sessionId);
  return (
    <Alert severity="warning" role="alert" data-testid="insufficient-credits">
      <Stack spacing={1}>
        <Typography>
          {props.missing !== null && props.missing > 0
            ? t('sessions.booking.insufficient', { count: props.missing })
            : t('sessions.booking.insufficientGeneric')}
        </Typography>
        <Typography variant="body2">{t('sessions.booking.insufficientHint')}</Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button variant="contained" component={RouterLink} to={shop}>
            {t('sessions.booking.buyCredits')}
          </Button>
          <Button variant="outlined" component={RouterLink} to={shop}>
            {t('sessions.booking.viewSubscription')}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
