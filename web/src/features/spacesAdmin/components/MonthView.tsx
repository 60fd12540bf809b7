// Month view: a Monday-first grid of the month, each day with its number of bookings and blocks
// and its first bookings as chips; the day's number (or "+n autres") opens its day view.
import { useMemo } from 'react';
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
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';
import type { ResourceRecord, SpaceBookingRecord, SpaceOccupancy } from '../../../lib/firebase/spaces.ts';
import { monthWeeks } from '../calendarRange.ts';
import { monthDays } from '../monthGrid.ts';
import { WEEKDAY_NAMES, WEEKDAYS_MONDAY_FIRST } from '../weekdays.ts';
import { BookingChip } from './BookingChip.tsx';
import type { CalendarActions } from './calendarActions.ts';

/** Chips a day shows before "+n autres": the cells stay a readable height. */
const CHIPS_PER_DAY = 3;

export function MonthView(props: {
  date: string;
  resources: readonly ResourceRecord[];
  occupancy: ReadonlyMap<string, SpaceOccupancy>;
  bookings: readonly SpaceBookingRecord[];
  members: MembersById;
  timeZone: string;
  actions: CalendarActions;
  /** The resource filter, kept when a day opens. */
  resourceId: string | null;
}) {
  const { t } = useTranslation();
  const { date, occupancy, bookings, timeZone } = props;
  const weeks = useMemo(() => {
    const blocks = [...occupancy.values()].flatMap((held) => held.blocks);
    return monthDays(monthWeeks(date), date, bookings, blocks, timeZone);
  }, [date, occupancy, bookings, timeZone]);
  const names = new Map(props.resources.map((resource) => [resource.id, resource.name]));
  const mixed = props.resourceId === null && props.resources.length > 1;
  const openDay = (localDate: string) => props.actions.onOpenDay(localDate, props.resourceId ?? undefined);

  return (
    <TableContainer component={Paper} sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        aria-label={dayjs(date).format('MMMM YYYY')}
        sx={{ tableLayout: 'fixed', minWidth: 840, '& td, & th': { borderLeft: 1, borderColor: 'divider' } }}
      >
        <TableHead>
          <TableRow>
            {WEEKDAYS_MONDAY_FIRST.map((day) => (
              <TableCell key={day}>{t(`spacesAdmin.weekdays.${WEEKDAY_NAMES[day]}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {weeks.map((week) => (
            <TableRow key={week[0]?.localDate}>
              {week.map((day) => {
                const shown = day.bookings.slice(0, CHIPS_PER_DAY);
                const more = day.bookings.length - shown.length;
                return (
                  <TableCell
                    key={day.localDate}
                    data-testid={`calendar-day-${day.localDate}`}
                    sx={{
                      verticalAlign: 'top',
                      height: 120,
                      p: 0.5,
                      bgcolor: day.inMonth ? undefined : 'action.hover',
                    }}
                  >
                    <Stack spacing={0.5}>
                      <Link
                        component="button"
                        type="button"
                        onClick={() => openDay(day.localDate)}
                        aria-label={t('spacesAdmin.calendar.openDay', {
                          date: dayjs(day.localDate).format('dddd D MMMM'),
                        })}
                        sx={{
                          alignSelf: 'flex-start',
                          fontWeight: 600,
                          color: day.inMonth ? undefined : 'text.secondary',
                        }}
                      >
                        {dayjs(day.localDate).format('D')}
                      </Link>
                      {(day.bookings.length > 0 || day.blockCount > 0) && (
                        <Typography variant="caption" color="text.secondary">
                          {[
                            day.bookings.length > 0
                              ? t('spacesAdmin.calendar.bookingCount', { count: day.bookings.length })
                              : null,
                            day.blockCount > 0
                              ? t('spacesAdmin.calendar.blockCount', { count: day.blockCount })
                              : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Typography>
                      )}
                      {shown.map((booking) => (
                        <BookingChip
                          key={booking.id}
                          booking={booking}
                          members={props.members}
                          timeZone={timeZone}
                          resourceName={mixed ? names.get(booking.resourceId) : undefined}
                          onOpen={props.actions.onOpenBooking}
                        />
                      ))}
                      {more > 0 && (
                        <Link
                          component="button"
                          type="button"
                          variant="caption"
                          onClick={() => openDay(day.localDate)}
                          sx={{ alignSelf: 'flex-start' }}
                        >
                          {t('spacesAdmin.calendar.more', { count: more })}
                        </Link>
                      )}
                    </Stack>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
