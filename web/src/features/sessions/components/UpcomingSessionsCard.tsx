// The "Mes prochaines formations" card of the member's dashboard: the next three confirmed
// sessions, live, and the way to all bookings or to the catalogue.
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLocale } from '../../../app/i18n/index.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { nextConfirmedBookings } from '../bookings.ts';
import { useMySessionBookings } from '../hooks/useMySessionBookings.ts';
import { useNow } from '../hooks/useNow.ts';
import { formatSessionWhen } from '../time.ts';

const SHOWN = 3;

export function UpcomingSessionsCard({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useOrganization();
  const now = useNow(60_000);
  const live = useMySessionBookings(uid);
  const next = nextConfirmedBookings(live.bookings, now, SHOWN);

  return (
    <Card
      sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}
      data-testid="upcoming-sessions-card"
    >
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h3" component="h2" gutterBottom>
          {t('sessions.dashboard.title')}
        </Typography>
        {live.status === 'loading' && <Typography color="text.secondary">{t('common.loading')}</Typography>}
        {live.status === 'error' && (
          <Typography color="text.secondary">{t('sessions.dashboard.loadError')}</Typography>
        )}
        {live.status === 'ready' && next.length === 0 && (
          <Typography color="text.secondary">{t('sessions.dashboard.empty')}</Typography>
        )}
        {next.length > 0 && (
          <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {next.map((booking) => (
              <li key={booking.id}>
                <Link component={RouterLink} to={`/sessions/${booking.sessionId}`} underline="hover">
                  {booking.title || '—'}
                </Link>
                <Typography variant="body2" color="text.secondary">
                  {formatSessionWhen(booking.startsAt, booking.endsAt, timeZone, locale)}
                </Typography>
              </li>
            ))}
          </Stack>
        )}
      </CardContent>
      <CardActions disableSpacing sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        <Button component={RouterLink} to="/account/bookings">
          {t('sessions.dashboard.viewAll')}
        </Button>
        <Button component={RouterLink} to="/sessions">
          {t('sessions.dashboard.browse')}
        </Button>
      </CardActions>
    </Card>
  );
}
