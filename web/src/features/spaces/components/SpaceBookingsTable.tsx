// A list of the member's space bookings as a table: resource, day and times in the organisation's
// zone, seats, payment, status; upcoming confirmed ones offer cancelling and moving. Phones keep the
// resource (with the time below), the status and the actions.
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLocale } from '../../../app/i18n/index.ts';
import type { SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { formatSessionWhen } from '../../sessions/time.ts';
import { canChange } from '../spaceBookings.ts';
import { CancelSpaceBookingControl } from './CancelSpaceBookingControl.tsx';
import { PaymentText } from './PaymentText.tsx';
import { SpaceBookingStatusChip } from './SpaceBookingStatusChip.tsx';

const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;

export function SpaceBookingsTable(props: {
  label: string;
  bookings: SpaceBookingRecord[];
  /** Resource names by id, for bookings stored without a title. */
  names: ReadonlyMap<string, string>;
  withActions: boolean;
  now: Date;
  windowHours: number;
  timeZone: string;
  onCancelled: (refundedCredits: number) => void;
  onMove: (booking: SpaceBookingRecord) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={props.label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('spaces.myBookings.columns.resource')}</TableCell>
            <TableCell sx={FROM_SM}>{t('spaces.myBookings.columns.when')}</TableCell>
            <TableCell sx={FROM_SM}>{t('spaces.myBookings.columns.seats')}</TableCell>
            <TableCell sx={FROM_SM}>{t('spaces.myBookings.columns.payment')}</TableCell>
            <TableCell>{t('spaces.myBookings.columns.status')}</TableCell>
            {props.withActions && <TableCell>{t('spaces.myBookings.columns.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.bookings.map((booking) => {
            const when = formatSessionWhen(booking.startsAt, booking.endsAt, props.timeZone, locale);
            const name = booking.title || props.names.get(booking.resourceId) || '—';
            return (
              <TableRow key={booking.id} data-testid={`space-booking-${booking.id}`}>
                <TableCell>
                  <Link
                    component={RouterLink}
                    to={`/spaces/${encodeURIComponent(booking.resourceId)}`}
                    underline="hover"
                  >
                    {name}
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
                <TableCell sx={FROM_SM}>{booking.seats}</TableCell>
                <TableCell sx={FROM_SM}>
                  <PaymentText booking={booking} />
                </TableCell>
                <TableCell>
                  <SpaceBookingStatusChip booking={booking} now={props.now} timeZone={props.timeZone} />
                </TableCell>
                {props.withActions && (
                  <TableCell>
                    {canChange(booking, props.now) && (
                      <Stack spacing={1} sx={{ alignItems: 'flex-start', py: 0.5 }}>
                        <Button
                          variant="outlined"
                          size="small"
                          data-testid={`move-space-booking-${booking.id}`}
                          onClick={() => props.onMove(booking)}
                        >
                          {t('spaces.move.action')}
                        </Button>
                        <CancelSpaceBookingControl
                          booking={booking}
                          name={name}
                          when={when}
                          windowHours={props.windowHours}
                          now={props.now}
                          timeZone={props.timeZone}
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
