// /admin/bookings ("Réservations", admins and assistants; issue 8 item 2): every booking of a
// training session or a space, by start date, 25 at a time, filtered by kind, status, member and
// period (kept in the address); each row links to the session's attendees or the space calendar,
// where staff cancel or move it.
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { BOOKING_STATUSES, localDateOf } from '@agora/domain';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { ChoiceSelect } from '../../../app/lists/ChoiceSelect.tsx';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { PeriodFilter } from '../../../app/lists/PeriodFilter.tsx';
import { SortOrderSelect } from '../../../app/lists/SortOrderSelect.tsx';
import { useListFilters } from '../../../app/lists/useListFilters.ts';
import { MemberFilter } from '../../../app/members/MemberFilter.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { ListCursor } from '../../../lib/firebase/lists.ts';
import {
  listStaffBookings,
  STAFF_BOOKING_KINDS,
  type StaffBookingRecord,
} from '../../../lib/firebase/staffLists.ts';
import { ListFooter } from '../../billing/components/ListFooter.tsx';
import { MemberCell, memberLabel } from '../../billing/components/MemberCell.tsx';
import { PageHeader } from '../../billing/components/PageHeader.tsx';
import { useCursorList } from '../../billing/hooks/useCursorList.ts';
import {
  bookingFiltersFromParams,
  bookingFiltersToParams,
  bookingsQuery,
  type BookingFilters,
} from '../bookingFilters.ts';

const PAGE_SIZE = 25;
const COLUMNS = 8;
const NO_FILTERS = bookingFiltersFromParams(new URLSearchParams());

const STATUS_COLORS = { confirmed: 'success', pending_payment: 'warning', cancelled: 'default' } as const;

export function BookingsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useOrganization();
  const { filters, key, setFilters } = useListFilters(bookingFiltersFromParams, bookingFiltersToParams);
  const set = (patch: Partial<BookingFilters>) => setFilters({ ...filters, ...patch });
  const filtered = key !== '';

  const load = useCallback(
    (after: ListCursor | null) =>
      listStaffBookings(bookingsQuery(filters, timeZone), { pageSize: PAGE_SIZE, after }),
    [filters, timeZone],
  );
  const bookings = useCursorList<StaffBookingRecord>(`${key}|${timeZone}`, load);
  const members = useMembersById([
    ...bookings.items.map((booking) => booking.uid),
    ...bookings.items.map((booking) => booking.bookedBy ?? ''),
    ...(filters.uid ? [filters.uid] : []),
  ]);

  const bookedByText = (booking: StaffBookingRecord) => {
    if (booking.method === 'internal') return t('bookingsAdmin.internal');
    if (!booking.bookedBy || booking.bookedBy === booking.uid) return t('bookingsAdmin.bookedBySelf');
    if (booking.bookedBy === 'system') return t('bookingsAdmin.bookedBySystem');
    return memberLabel(members, booking.bookedBy, booking.bookedBy);
  };
  const paymentText = (booking: StaffBookingRecord) => {
    const method = booking.method ? t(`bookingsAdmin.methods.${booking.method}`) : '—';
    if (booking.method === 'credits' && booking.credits !== null)
      return `${method} · ${t('bookingsAdmin.credits', { count: booking.credits })}`;
    if (booking.method === 'card' && booking.amountCents !== null)
      return `${method} · ${formatEuros(booking.amountCents, locale)}`;
    return method;
  };
  const targetLink = (booking: StaffBookingRecord) => {
    if (!booking.targetId) return null;
    if (booking.kind === 'session') return `/admin/sessions/${booking.targetId}`;
    const day = booking.startsAt ? localDateOf(booking.startsAt.getTime(), timeZone) : '';
    return `/admin/spaces/calendar?view=day&date=${day}&resource=${booking.targetId}`;
  };

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('bookingsAdmin.title')}
        intro={t('bookingsAdmin.intro')}
        onReload={bookings.reload}
      />

      <Box component="section" aria-label={t('bookingsAdmin.filters.label')}>
        <Grid container spacing={2} sx={{ alignItems: 'flex-end' }}>
          <Grid size={{ xs: 12, sm: 6, md: 2 }}>
            <ChoiceSelect
              id="bookings-filter-kind"
              label={t('bookingsAdmin.filters.kind')}
              allLabel={t('bookingsAdmin.filters.allKinds')}
              value={filters.kind}
              values={STAFF_BOOKING_KINDS}
              labelOf={(kind) => t(`bookingsAdmin.kinds.${kind}`)}
              onChange={(kind) => set({ kind })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 2 }}>
            <ChoiceSelect
              id="bookings-filter-status"
              label={t('bookingsAdmin.filters.status')}
              allLabel={t('bookingsAdmin.filters.allStatuses')}
              value={filters.status}
              values={BOOKING_STATUSES}
              labelOf={(status) => t(`sessions.statuses.${status}`)}
              onChange={(status) => set({ status })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <MemberFilter
              id="bookings-filter-member"
              uid={filters.uid}
              member={filters.uid ? members[filters.uid] : undefined}
              onChange={(uid) => set({ uid })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <PeriodFilter
              id="bookings-filter-period"
              from={filters.from}
              to={filters.to}
              onChange={(period) => set(period)}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 2 }}>
            <SortOrderSelect id="bookings-order" value={filters.order} onChange={(order) => set({ order })} />
          </Grid>
          {filtered && (
            <Grid size={12}>
              <Button size="small" onClick={() => setFilters(NO_FILTERS)}>
                {t('bookingsAdmin.filters.clear')}
              </Button>
            </Grid>
          )}
        </Grid>
      </Box>

      <ListState
        status={bookings.status}
        errorText={t('bookingsAdmin.loadError')}
        onRetry={bookings.reload}
        keepOnError={bookings.items.length > 0}
      >
        <ListTable
          label={t('bookingsAdmin.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell>{t('bookingsAdmin.columns.start')}</TableCell>
              <TableCell>{t('bookingsAdmin.columns.member')}</TableCell>
              <TableCell sx={FROM_SM}>{t('bookingsAdmin.columns.title')}</TableCell>
              <TableCell sx={FROM_MD} align="right">
                {t('bookingsAdmin.columns.seats')}
              </TableCell>
              <TableCell sx={FROM_MD}>{t('bookingsAdmin.columns.payment')}</TableCell>
              <TableCell>{t('bookingsAdmin.columns.status')}</TableCell>
              <TableCell sx={FROM_MD}>{t('bookingsAdmin.columns.bookedBy')}</TableCell>
              <TableCell sx={FROM_SM}>{t('bookingsAdmin.columns.kind')}</TableCell>
            </>
          }
          items={bookings.items}
          emptyText={filtered ? t('bookingsAdmin.noMatch') : t('bookingsAdmin.empty')}
          row={(booking) => {
            const link = targetLink(booking);
            return (
              <TableRow
                key={booking.id}
                data-testid={`booking-row-${booking.id}`}
                hover
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {booking.startsAt ? formatDateTimeShort(booking.startsAt, timeZone) : '—'}
                </TableCell>
                <TableCell sx={{ maxWidth: 240 }}>
                  {booking.method === 'internal' ? (
                    <Typography variant="body2">{t('bookingsAdmin.internal')}</Typography>
                  ) : (
                    <MemberCell members={members} uid={booking.uid} />
                  )}
                </TableCell>
                <TableCell sx={{ ...FROM_SM, maxWidth: 260, overflowWrap: 'anywhere' }}>
                  {link ? (
                    <Link component={RouterLink} to={link}>
                      {booking.title || booking.targetId}
                    </Link>
                  ) : (
                    booking.title || '—'
                  )}
                  {booking.note && (
                    <Typography variant="body2" color="text.secondary">
                      {booking.note}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={FROM_MD} align="right">
                  {booking.seats}
                </TableCell>
                <TableCell sx={FROM_MD}>
                  {paymentText(booking)}
                  {booking.refundedCredits !== null && booking.refundedCredits > 0 && (
                    <Typography variant="body2" color="text.secondary">
                      {t('bookingsAdmin.refunded', { count: booking.refundedCredits })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={booking.status ? STATUS_COLORS[booking.status] : 'default'}
                    label={
                      booking.status ? t(`sessions.statuses.${booking.status}`) : (booking.rawStatus ?? '—')
                    }
                  />
                </TableCell>
                <TableCell sx={FROM_MD}>{bookedByText(booking)}</TableCell>
                <TableCell sx={FROM_SM}>
                  {booking.kind ? t(`bookingsAdmin.kinds.${booking.kind}`) : '—'}
                </TableCell>
              </TableRow>
            );
          }}
        />
        <ListFooter list={bookings} />
      </ListState>
    </Stack>
  );
}
