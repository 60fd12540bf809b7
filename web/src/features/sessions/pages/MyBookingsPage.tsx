// /account/bookings ("Mes réservations", CAPS-4, CAPS-6): the member's session bookings, live, in
// three tabs (upcoming, past, cancelled). Upcoming confirmed ones offer the course link and the
// cancellation, under the same policy as the session page.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { SessionBookingRecord } from '../../../lib/firebase/sessions.ts';
import { BOOKING_TABS, groupBookings, type BookingTab } from '../bookings.ts';
import { BookingStatusChip } from '../components/BookingStatusChip.tsx';
import { CancelBookingControl } from '../components/CancelBookingControl.tsx';
import { LmsLinkButton } from '../components/LmsLinkButton.tsx';
import { useCancellationWindow } from '../hooks/useCancellationWindow.ts';
import { useMySessionBookings } from '../hooks/useMySessionBookings.ts';
import { useNow } from '../hooks/useNow.ts';
import { formatSessionWhen } from '../time.ts';

// Phones keep the session (with its date below), the status and the actions.
const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;

function CreditsCell({ booking }: { booking: SessionBookingRecord }) {
  const { t } = useTranslation();
  return (
    <>
      {t('sessions.credits', { count: booking.credits })}
      {booking.status === 'cancelled' && (
        <Typography variant="caption" component="p" color="text.secondary">
          {booking.refundedCredits
            ? t('sessions.myBookings.refunded', { count: booking.refundedCredits })
            : t('sessions.myBookings.notRefunded')}
        </Typography>
      )}
    </>
  );
}

function BookingsTable(props: {
  tab: BookingTab;
  bookings: SessionBookingRecord[];
  now: Date;
  windowHours: number;
  timeZone: string;
  onCancelled: (refundedCredits: number) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const withActions = props.tab === 'upcoming';

  if (props.bookings.length === 0) {
    return (
      <Stack spacing={2} sx={{ py: 4, alignItems: 'center' }}>
        <Typography color="text.secondary">{t(`sessions.myBookings.empty.${props.tab}`)}</Typography>
        {props.tab === 'upcoming' && (
          <Button variant="contained" component={RouterLink} to="/sessions">
            {t('sessions.myBookings.browse')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={t(`sessions.myBookings.tabs.${props.tab}`)}>
        <TableHead>
          <TableRow>
            <TableCell>{t('sessions.myBookings.columns.session')}</TableCell>
            <TableCell sx={FROM_SM}>{t('sessions.myBookings.columns.date')}</TableCell>
            <TableCell sx={FROM_SM}>{t('sessions.myBookings.columns.credits')}</TableCell>
            <TableCell>{t('sessions.myBookings.columns.status')}</TableCell>
            {withActions && <TableCell>{t('sessions.myBookings.columns.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.bookings.map((booking) => {
            const when = formatSessionWhen(booking.startsAt, booking.endsAt, props.timeZone, locale);
            const title = booking.title || '—';
            return (
              <TableRow key={booking.id} data-testid={`booking-${booking.id}`}>
                <TableCell>
                  <Link component={RouterLink} to={`/sessions/${booking.sessionId}`} underline="hover">
                    {title}
                  </Link>
                  <Typography
                    variant="caption"
                    component="p"
                    color="text.secondary"
                    sx={{ display: { sm: 'none' } }}
                  >
                    {when}
                  </Typography>
                </TableCell>
                <TableCell sx={FROM_SM}>{when}</TableCell>
                <TableCell sx={FROM_SM}>
                  <CreditsCell booking={booking} />
                </TableCell>
                <TableCell>
                  <BookingStatusChip booking={booking} />
                </TableCell>
                {withActions && (
                  <TableCell>
                    {booking.status === 'confirmed' && (
                      <Stack spacing={1} sx={{ alignItems: 'flex-start', py: 0.5 }}>
                        <LmsLinkButton
                          sessionId={booking.sessionId}
                          bookingKey={`${booking.id}:${booking.attempt}`}
                          size="small"
                        />
                        <CancelBookingControl
                          booking={booking}
                          title={title}
                          windowHours={props.windowHours}
                          now={props.now}
                          timeZone={props.timeZone}
                          compact
                          onCancelled={props.onCancelled}
                        />
                      </Stack>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function MyBookings({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const now = useNow();
  const windowHours = useCancellationWindow();
  const live = useMySessionBookings(uid);
  const [params, setParams] = useSearchParams();
  const tab = BOOKING_TABS.find((value) => value === params.get('tab')) ?? 'upcoming';
  const [refunded, setRefunded] = useState<number | null>(null);

  if (live.status === 'loading') return <LoadingScreen />;
  if (live.status === 'error') {
    return <LoadErrorAlert message={t('sessions.myBookings.loadError')} onRetry={live.reload} />;
  }
  const groups = groupBookings(live.bookings, now);

  return (
    <Stack spacing={2}>
      {refunded !== null && (
        <Alert severity="success" role="status" onClose={() => setRefunded(null)}>
          {t('sessions.booking.cancelled', { count: refunded })}
        </Alert>
      )}
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs
          value={tab}
          onChange={(_, value: unknown) => {
            const next = BOOKING_TABS.find((candidate) => candidate === value) ?? 'upcoming';
            // At once (not in a transition), so the tab selected follows the click immediately.
            setParams(next === 'upcoming' ? {} : { tab: next }, { replace: true, flushSync: true });
          }}
          aria-label={t('sessions.myBookings.tabsLabel')}
          variant="scrollable"
          allowScrollButtonsMobile
        >
          {BOOKING_TABS.map((value) => (
            <Tab
              key={value}
              value={value}
              label={t(`sessions.myBookings.tabs.${value}`)}
              id={`bookings-tab-${value}`}
              aria-controls={`bookings-panel-${value}`}
            />
          ))}
        </Tabs>
      </Box>
      <div role="tabpanel" id={`bookings-panel-${tab}`} aria-labelledby={`bookings-tab-${tab}`}>
        <BookingsTable
          tab={tab}
          bookings={groups[tab]}
          now={now}
          windowHours={windowHours}
          timeZone={timeZone}
          onCancelled={setRefunded}
        />
      </div>
    </Stack>
  );
}

export function MyBookingsPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  if (!session) return <LoadingScreen />;
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('sessions.myBookings.title')}
        </Typography>
        <Typography color="text.secondary">{t('sessions.myBookings.intro')}</Typography>
      </div>
      <MyBookings key={session.uid} uid={session.uid} />
    </Stack>
  );
}
