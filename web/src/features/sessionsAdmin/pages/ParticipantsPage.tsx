// /admin/sessions/:sessionId (admins, assistants): one session's attendees (CAPS-7), live, so a
// member's own booking or a waitlist promotion shows at once. Staff cancel a booking (refunded),
// book a member on their behalf, export the confirmed attendees (CSV, Excel), and cancel the
// whole session (everyone refunded and told, CAPS-6).
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
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
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { callCancelBooking } from '../../../lib/firebase/callables.ts';
import {
  getSessionLmsUrl,
  watchSessionBookings,
  watchStaffSession,
  watchWaitlist,
  type StaffBookingRecord,
  type StaffSessionRecord,
  type WaitlistEntryRecord,
} from '../../../lib/firebase/sessionsAdmin.ts';
import { displayName } from '../../admin/memberSearch.ts';
import { BookMemberDialog } from '../components/BookMemberDialog.tsx';
import { CancelSessionDialog } from '../components/CancelSessionDialog.tsx';
import { SessionDialog, type SessionEditing } from '../components/SessionDialog.tsx';
import { SessionStateChip } from '../components/SessionStateChip.tsx';
import { bookedByKind, displayPhone, sessionDay, sortBookings, timeRange } from '../display.ts';
import { downloadText, downloadXlsx } from '../downloads.ts';
import {
  attendeeRows,
  attendeesCsv,
  attendeesSheet,
  exportFileName,
  type ExportHeadings,
} from '../export.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';
import { useMembersById, type MembersById } from '../../../app/hooks/useMembersById.ts';

const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;
const FROM_MD = { display: { xs: 'none', md: 'table-cell' } } as const;
const BOOKING_COLUMNS = 8;
const STATUS_COLORS = { confirmed: 'success', cancelled: 'default', pending_payment: 'warning' } as const;

interface CancelTarget {
  booking: StaffBookingRecord;
  name: string;
}

export function ParticipantsPage() {
  const { sessionId = '' } = useParams();
  const subscribe = useCallback<Watch<StaffSessionRecord | null>>(
    (callback, onError) => watchStaffSession(sessionId, callback, onError),
    [sessionId],
  );
  const session = useLive(subscribe);
  const { t } = useTranslation();

  if (session.status === 'loading') return <LoadingScreen />;
  return (
    <Stack spacing={2}>
      <Button
        component={RouterLink}
        to="/admin/sessions"
        startIcon={<ArrowBackIcon />}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('sessionsAdmin.participants.back')}
      </Button>
      {session.status === 'error' && (
        <LoadErrorAlert message={t('sessionsAdmin.participants.loadError')} onRetry={session.reload} />
      )}
      {session.status === 'ready' && session.value === null && (
        <Alert severity="warning">{t('sessionsAdmin.participants.notFound')}</Alert>
      )}
      {session.value && <Participants key={session.value.id} session={session.value} />}
    </Stack>
  );
}

function Participants({ session }: { session: StaffSessionRecord }) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const sessionId = session.id;
  const subscribeBookings = useCallback<Watch<StaffBookingRecord[]>>(
    (callback, onError) => watchSessionBookings(sessionId, callback, onError),
    [sessionId],
  );
  const subscribeWaitlist = useCallback<Watch<WaitlistEntryRecord[]>>(
    (callback, onError) => watchWaitlist(sessionId, callback, onError),
    [sessionId],
  );
  const bookings = useLive(subscribeBookings);
  const waitlist = useLive(subscribeWaitlist);
  const sorted = useMemo(() => sortBookings(bookings.value ?? []), [bookings.value]);
  const waiting = waitlist.value ?? [];
  const profiles = useMembersById([...sorted.map((b) => b.uid), ...waiting.map((w) => w.uid)]);
  const confirmed = sorted.filter((booking) => booking.status === 'confirmed');
  const bookedUids = useMemo(
    () => new Set(sorted.filter((b) => b.status === 'confirmed').map((b) => b.uid)),
    [sorted],
  );

  const [editing, setEditing] = useState<SessionEditing | null>(null);
  const [booking, setBooking] = useState<StaffSessionRecord | null>(null);
  const [cancellingSession, setCancellingSession] = useState<StaffSessionRecord | null>(null);
  const [cancelling, setCancelling] = useState<CancelTarget | null>(null);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [saves, setSaves] = useState(0);

  const cancelled = session.status === 'cancelled';
  const nameOf = (uid: string) => {
    const profile = profiles[uid];
    return profile
      ? displayName(profile)
      : profile === null
        ? t('sessionsAdmin.participants.unknownMember')
        : uid;
  };

  const confirmCancelBooking = async (target: CancelTarget) => {
    setBusy(true);
    try {
      const result = await callCancelBooking({ bookingId: target.booking.id });
      setNotice({
        severity: 'success',
        message: t('sessionsAdmin.cancelBooking.done', { count: result.refundedCredits }),
      });
    } catch (error) {
      setNotice({ severity: 'error', message: t(`errors.callable.${callableErrorKey(error)}`) });
    } finally {
      setBusy(false);
      setCancelling(null);
    }
  };

  const headings: ExportHeadings = {
    lastName: t('sessionsAdmin.export.columns.lastName'),
    firstName: t('sessionsAdmin.export.columns.firstName'),
    email: t('sessionsAdmin.export.columns.email'),
    phone: t('sessionsAdmin.export.columns.phone'),
    credits: t('sessionsAdmin.export.columns.credits'),
    bookedAt: t('sessionsAdmin.export.columns.bookedAt'),
    status: t('sessionsAdmin.export.columns.status'),
  };

  const exportList = async (format: 'csv' | 'xlsx') => {
    // A name still loading would be written as a uid: wait for the profiles.
    if (confirmed.some((b) => profiles[b.uid] === undefined)) {
      setNotice({ severity: 'error', message: t('sessionsAdmin.participants.exportPending') });
      return;
    }
    const rows = attendeeRows(confirmed, profiles, t('sessionsAdmin.participants.statuses.confirmed'));
    const fileName = exportFileName(session, format, timeZone);
    setExporting(format);
    try {
      if (format === 'csv')
        downloadText(attendeesCsv(rows, headings, timeZone), fileName, 'text/csv;charset=utf-8');
      else
        await downloadXlsx(
          attendeesSheet(rows, headings, timeZone, t('sessionsAdmin.export.sheet')),
          fileName,
        );
    } catch {
      setNotice({ severity: 'error', message: t('sessionsAdmin.participants.exportError') });
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <div>
          <Typography variant="h1">{t('sessionsAdmin.participants.title')}</Typography>
          <Typography variant="h2" component="p" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
            {session.title}
          </Typography>
        </div>
        <SessionStateChip session={session} />
      </Stack>

      <SessionSummary session={session} timeZone={timeZone} saves={saves} />

      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" disabled={cancelled} onClick={() => setBooking(session)}>
          {t('sessionsAdmin.participants.book')}
        </Button>
        <Button
          variant="outlined"
          loading={exporting === 'csv'}
          disabled={bookings.status !== 'ready'}
          onClick={() => void exportList('csv')}
        >
          {t('sessionsAdmin.participants.exportCsv')}
        </Button>
        <Button
          variant="outlined"
          loading={exporting === 'xlsx'}
          disabled={bookings.status !== 'ready'}
          onClick={() => void exportList('xlsx')}
        >
          {t('sessionsAdmin.participants.exportXlsx')}
        </Button>
        <Button variant="outlined" disabled={cancelled} onClick={() => setEditing({ session })}>
          {t('sessionsAdmin.list.edit')}
        </Button>
        <Button
          variant="outlined"
          color="error"
          disabled={cancelled}
          onClick={() => setCancellingSession(session)}
        >
          {t('sessionsAdmin.participants.cancelSession')}
        </Button>
      </Stack>

      <Stack spacing={1}>
        <Typography variant="h2" id="bookings-title">
          {t('sessionsAdmin.participants.bookingsTitle')}
        </Typography>
        {bookings.status === 'ready' && (
          <Typography color="text.secondary">
            {t('sessionsAdmin.participants.confirmedCount', { count: confirmed.length })}
          </Typography>
        )}
        {bookings.status === 'loading' && <LoadingScreen />}
        {bookings.status === 'error' && (
          <LoadErrorAlert
            message={t('sessionsAdmin.participants.bookingsLoadError')}
            onRetry={bookings.reload}
          />
        )}
        {bookings.status === 'ready' && (
          <BookingsTable
            bookings={sorted}
            profiles={profiles}
            nameOf={nameOf}
            timeZone={timeZone}
            onCancel={(target) => setCancelling({ booking: target, name: nameOf(target.uid) })}
          />
        )}
      </Stack>

      <Stack spacing={1}>
        <Typography variant="h2" id="waitlist-title">
          {t('sessionsAdmin.participants.waitlistTitle')}
        </Typography>
        <Typography color="text.secondary">{t('sessionsAdmin.participants.waitlistIntro')}</Typography>
        {waitlist.status === 'loading' && <LoadingScreen />}
        {waitlist.status === 'error' && (
          <LoadErrorAlert
            message={t('sessionsAdmin.participants.waitlistLoadError')}
            onRetry={waitlist.reload}
          />
        )}
        {waitlist.status === 'ready' && (
          <WaitlistTable entries={waiting} profiles={profiles} nameOf={nameOf} timeZone={timeZone} />
        )}
      </Stack>

      <ConfirmDialog
        item={cancelling}
        busy={busy}
        idPrefix="booking-cancel"
        title={t('sessionsAdmin.cancelBooking.title')}
        text={(target) =>
          [
            t('sessionsAdmin.cancelBooking.text', { name: target.name, count: target.booking.credits }),
            waiting.length > 0 ? t('sessionsAdmin.cancelBooking.waitlist') : null,
          ]
            .filter(Boolean)
            .join(' ')
        }
        confirmLabel={t('sessionsAdmin.cancelBooking.confirm')}
        onCancel={() => setCancelling(null)}
        onConfirm={(target) => void confirmCancelBooking(target)}
      />
      <BookMemberDialog
        session={booking}
        bookedUids={bookedUids}
        onClose={() => setBooking(null)}
        onBooked={(name) => {
          setBooking(null);
          setNotice({ severity: 'success', message: t('sessionsAdmin.book.done', { name }) });
        }}
      />
      <CancelSessionDialog
        session={cancellingSession}
        onClose={() => setCancellingSession(null)}
        onCancelled={(count) => {
          setCancellingSession(null);
          setNotice({ severity: 'success', message: t('sessionsAdmin.cancelSession.done', { count }) });
        }}
      />
      <SessionDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setSaves((count) => count + 1);
          setNotice({ severity: 'success', message: t('sessionsAdmin.list.saved') });
        }}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

/** What, when, where, who trains, seats and cost; the LMS link, read again after each save. */
function SessionSummary(props: { session: StaffSessionRecord; timeZone: string; saves: number }) {
  const { t } = useTranslation();
  const { session, timeZone, saves } = props;
  const [access, setAccess] = useState<{ key: string; lmsUrl: string | null } | null>(null);
  const accessKey = `${session.id}:${saves}`;

  useEffect(() => {
    let active = true;
    getSessionLmsUrl(session.id).then(
      (lmsUrl) => active && setAccess({ key: accessKey, lmsUrl }),
      () => active && setAccess({ key: accessKey, lmsUrl: null }),
    );
    return () => {
      active = false;
    };
  }, [session.id, accessKey]);

  const lmsUrl = access?.key === accessKey ? access.lmsUrl : null;
  const items: { label: string; value: ReactNode }[] = [
    {
      label: t('sessionsAdmin.participants.summary.when'),
      value: session.startsAt
        ? `${sessionDay(session.startsAt, timeZone)}, ${timeRange(session.startsAt, session.endsAt, timeZone)}`
        : t('sessionsAdmin.list.undated'),
    },
    {
      label: t('sessionsAdmin.participants.summary.where'),
      value:
        session.mode === 'online'
          ? t('sessionsAdmin.modes.online')
          : `${t('sessionsAdmin.modes.onsite')}${session.place ? ` — ${session.place}` : ''}`,
    },
    { label: t('sessionsAdmin.participants.summary.trainer'), value: session.trainer || '—' },
    { label: t('sessionsAdmin.participants.summary.topic'), value: session.topic || '—' },
    {
      label: t('sessionsAdmin.participants.summary.seats'),
      value: t('sessionsAdmin.participants.summary.seatsValue', {
        booked: session.seatsBooked,
        capacity: session.capacity,
      }),
    },
    { label: t('sessionsAdmin.participants.summary.waitlist'), value: String(session.waitlistCount) },
    {
      label: t('sessionsAdmin.participants.summary.cost'),
      value: t('sessionsAdmin.cost', { count: session.creditCost }),
    },
    {
      label: t('sessionsAdmin.participants.summary.lmsUrl'),
      value: lmsUrl ? (
        <Link href={lmsUrl} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }}>
          {lmsUrl}
        </Link>
      ) : (
        t('sessionsAdmin.participants.summary.noLmsUrl')
      ),
    },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      {session.status === 'cancelled' && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {session.cancelReason
            ? t('sessionsAdmin.participants.summary.cancelledReason', { reason: session.cancelReason })
            : t('sessionsAdmin.participants.summary.cancelled')}
        </Alert>
      )}
      <Stack
        component="dl"
        direction="row"
        useFlexGap
        sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1.5, m: 0, '& dd': { m: 0 } }}
      >
        {items.map((item) => (
          <div key={item.label}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {item.label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ fontWeight: 600 }}>
              {item.value}
            </Typography>
          </div>
        ))}
      </Stack>
      {session.description && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2, whiteSpace: 'pre-line' }}>
          {session.description}
        </Typography>
      )}
    </Paper>
  );
}

function BookingsTable(props: {
  bookings: readonly StaffBookingRecord[];
  profiles: MembersById;
  nameOf: (uid: string) => string;
  timeZone: string;
  onCancel: (booking: StaffBookingRecord) => void;
}) {
  const { t } = useTranslation();
  const { bookings, profiles, timeZone } = props;
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-labelledby="bookings-title" sx={{ '& th, & td': { px: { xs: 1, sm: 2 } } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('sessionsAdmin.participants.columns.name')}</TableCell>
            <TableCell sx={FROM_SM}>{t('sessionsAdmin.participants.columns.email')}</TableCell>
            <TableCell sx={FROM_MD}>{t('sessionsAdmin.participants.columns.phone')}</TableCell>
            <TableCell>{t('sessionsAdmin.participants.columns.status')}</TableCell>
            <TableCell align="right">{t('sessionsAdmin.participants.columns.credits')}</TableCell>
            <TableCell sx={FROM_MD}>{t('sessionsAdmin.participants.columns.bookedAt')}</TableCell>
            <TableCell sx={FROM_MD}>{t('sessionsAdmin.participants.columns.bookedBy')}</TableCell>
            <TableCell>{t('sessionsAdmin.participants.columns.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {bookings.map((booking) => {
            const profile = profiles[booking.uid];
            return (
              <TableRow key={booking.id} data-testid={`booking-row-${booking.uid}`} hover>
                <TableCell sx={{ maxWidth: 220 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                    {props.nameOf(booking.uid)}
                  </Typography>
                  {/* On phones the email column is hidden: it shows under the name instead. */}
                  <Typography
                    variant="body2"
                    color="text.secondary"
                    sx={{ display: { sm: 'none' }, overflowWrap: 'anywhere' }}
                  >
                    {profile?.data.email}
                  </Typography>
                </TableCell>
                <TableCell sx={{ ...FROM_SM, overflowWrap: 'anywhere' }}>
                  {profile?.data.email ?? ''}
                </TableCell>
                <TableCell sx={{ ...FROM_MD, whiteSpace: 'nowrap' }}>
                  {displayPhone(profile?.data.phone)}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={booking.status ? STATUS_COLORS[booking.status] : 'default'}
                    label={
                      booking.status
                        ? t(`sessionsAdmin.participants.statuses.${booking.status}`)
                        : (booking.rawStatus ?? t('sessionsAdmin.participants.unknownStatus'))
                    }
                  />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {booking.credits}
                  {booking.status === 'cancelled' && (booking.refundedCredits ?? 0) > 0 && (
                    <Typography variant="body2" color="text.secondary">
                      {t('sessionsAdmin.participants.refunded', { count: booking.refundedCredits ?? 0 })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ ...FROM_MD, whiteSpace: 'nowrap' }}>
                  {booking.createdAt ? formatDateTimeShort(booking.createdAt, timeZone) : '—'}
                </TableCell>
                <TableCell sx={FROM_MD}>
                  {t(`sessionsAdmin.participants.bookedBy.${bookedByKind(booking)}`)}
                </TableCell>
                <TableCell>
                  {booking.status === 'confirmed' && (
                    <Button size="small" color="error" onClick={() => props.onCancel(booking)}>
                      {t('sessionsAdmin.participants.cancelBooking')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
          {bookings.length === 0 && (
            <TableRow>
              <TableCell colSpan={BOOKING_COLUMNS}>
                <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                  {t('sessionsAdmin.participants.empty')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function WaitlistTable(props: {
  entries: readonly WaitlistEntryRecord[];
  profiles: MembersById;
  nameOf: (uid: string) => string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const { entries, profiles, timeZone } = props;
  if (entries.length === 0) {
    return <Typography color="text.secondary">{t('sessionsAdmin.participants.waitlistEmpty')}</Typography>;
  }
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-labelledby="waitlist-title" sx={{ '& th, & td': { px: { xs: 1, sm: 2 } } }}>
        <TableHead>
          <TableRow>
            <TableCell align="right">{t('sessionsAdmin.participants.waitlistColumns.position')}</TableCell>
            <TableCell>{t('sessionsAdmin.participants.waitlistColumns.name')}</TableCell>
            <TableCell>{t('sessionsAdmin.participants.waitlistColumns.joinedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry, index) => (
            <TableRow key={entry.uid} data-testid={`waitlist-row-${entry.uid}`}>
              <TableCell align="right">{index + 1}</TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {props.nameOf(entry.uid)}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {profiles[entry.uid]?.data.email}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {entry.joinedAt ? formatDateTimeShort(entry.joinedAt, timeZone) : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
