// /admin/spaces/calendar (admins, assistants): the staff calendar of coworking spaces (SPACE-3,
// SPACE-4). Day, week or month, one resource or all; online and internal bookings together with the
// blocks, all live. Staff book a free slot for a member or for internal use, move or cancel a
// booking, block a slot and lift a block. The address holds the view (?view=day&date=…&resource=…).
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { wallTimeToInstant, type BookSpaceResult } from '@agora/domain';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { callCancelBooking, callUnblockSpace } from '../../../lib/firebase/callables.ts';
import type { SpaceBlockInterval, SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import type { BlockDraft } from '../blockForm.ts';
import { isShownBooking, timeRange, wallTime } from '../display.ts';
import { failureText } from '../failureText.ts';
import { useCalendarData } from '../hooks/useCalendarData.ts';
import { useCalendarParams } from '../hooks/useCalendarParams.ts';
import { useNow } from '../hooks/useNow.ts';
import { useWhoText } from '../hooks/useWhoText.ts';
import { BlockDialog } from '../components/BlockDialog.tsx';
import { BookingDetailsDialog } from '../components/BookingDetailsDialog.tsx';
import type { CalendarActions } from '../components/calendarActions.ts';
import { CalendarToolbar } from '../components/CalendarToolbar.tsx';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { DayWeekView } from '../components/DayWeekView.tsx';
import { MonthView } from '../components/MonthView.tsx';
import { MoveBookingDialog, type MoveTarget } from '../components/MoveBookingDialog.tsx';
import { NewBookingDialog, type NewBooking } from '../components/NewBookingDialog.tsx';
import { StateLegend } from '../components/StateLegend.tsx';

interface OpenBlock {
  block: SpaceBlockInterval;
  resourceName: string;
}

export function SpaceCalendarPage() {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const nowMs = useNow();
  const { params, today, update } = useCalendarParams(timeZone, nowMs);
  const data = useCalendarData(params, timeZone);
  const [newBooking, setNewBooking] = useState<NewBooking | null>(null);
  const [details, setDetails] = useState<SpaceBookingRecord | null>(null);
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  const [cancelling, setCancelling] = useState<SpaceBookingRecord | null>(null);
  const [blockDraft, setBlockDraft] = useState<BlockDraft | null>(null);
  const [openBlock, setOpenBlock] = useState<OpenBlock | null>(null);
  const [acting, setActing] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const resources = useMemo(() => data.resources.value ?? [], [data.resources.value]);
  const resourceById = useMemo(
    () => new Map(resources.map((resource) => [resource.id, resource])),
    [resources],
  );
  const shownIds = useMemo(() => new Set(data.shown.map((resource) => resource.id)), [data.shown]);
  const bookings = useMemo(
    () =>
      (data.bookings.value ?? []).filter(
        (booking) => shownIds.has(booking.resourceId) && isShownBooking(booking, params.showCancelled),
      ),
    [data.bookings.value, shownIds, params.showCancelled],
  );
  const members = useMembersById(bookings.flatMap((booking) => (booking.uid ? [booking.uid] : [])));
  const whoText = useWhoText(members);

  const actions: CalendarActions = {
    onNewBooking: (resource, slot, daySlots) => setNewBooking({ resource, slot, daySlots }),
    onBlockSlot: (resource, slot) =>
      setBlockDraft({ resourceId: resource.id, startMs: slot.startMs, endMs: slot.endMs }),
    onOpenBooking: setDetails,
    onOpenBlock: (block, resourceId) =>
      setOpenBlock({ block, resourceName: resourceById.get(resourceId)?.name ?? resourceId }),
    onOpenDay: (localDate, resourceId) =>
      update({ view: 'day', date: localDate, ...(resourceId === undefined ? {} : { resource: resourceId }) }),
  };

  /** The general button suggests 09:00–10:00 on the day shown, on the resource shown if only one. */
  const draftForDay = (): BlockDraft => ({
    resourceId: params.resource ?? data.shown[0]?.id ?? resources[0]?.id ?? '',
    startMs: wallTimeToInstant(params.date, 9 * 60, timeZone, 'earliest'),
    endMs: wallTimeToInstant(params.date, 10 * 60, timeZone, 'earliest'),
  });

  const cancel = async (booking: SpaceBookingRecord) => {
    setActing(true);
    try {
      const result = await callCancelBooking({ bookingId: booking.id });
      setCancelling(null);
      setDetails(null);
      setNotice({
        severity: 'success',
        message:
          result.refundedCredits > 0
            ? t('spacesAdmin.cancel.doneRefunded', { count: result.refundedCredits })
            : t('spacesAdmin.cancel.done'),
      });
    } catch (error) {
      setNotice({ severity: 'error', message: failureText(t, error, whoText(booking)) });
    } finally {
      setActing(false);
    }
  };

  const unblock = async ({ block }: OpenBlock) => {
    setActing(true);
    try {
      await callUnblockSpace({ blockId: block.blockId });
      setOpenBlock(null);
      setNotice({ severity: 'success', message: t('spacesAdmin.unblock.done') });
    } catch (error) {
      setNotice({ severity: 'error', message: failureText(t, error) });
    } finally {
      setActing(false);
    }
  };

  const periodTitle =
    params.view === 'day'
      ? dayjs(params.date).format('dddd D MMMM YYYY')
      : params.view === 'week'
        ? t('spacesAdmin.calendar.weekTitle', {
            from: dayjs(data.range.from).format('D MMMM'),
            to: dayjs(data.range.to).format('D MMMM YYYY'),
          })
        : dayjs(params.date).format('MMMM YYYY');

  const failed = [data.resources, data.occupancy, data.bookings].find((live) => live.status === 'error');
  const occupancy = data.occupancy.value;
  const shownBookings = data.bookings.value === undefined ? undefined : bookings;

  const body = () => {
    if (failed)
      return <LoadErrorAlert message={t('spacesAdmin.calendar.loadError')} onRetry={failed.reload} />;
    if (data.resources.status === 'loading') return <LoadingScreen />;
    if (resources.length === 0) return <Alert severity="info">{t('spacesAdmin.calendar.noResources')}</Alert>;
    if (data.shown.length === 0)
      return <Alert severity="warning">{t('spacesAdmin.calendar.resourceMissing')}</Alert>;
    if (occupancy === undefined || shownBookings === undefined) return <LoadingScreen />;
    const viewProps = {
      resources: data.shown,
      occupancy,
      bookings: shownBookings,
      members,
      timeZone,
      actions,
    };
    return params.view === 'month' ? (
      <MonthView date={params.date} resourceId={params.resource} {...viewProps} />
    ) : (
      <DayWeekView view={params.view} days={data.days} nowMs={nowMs} {...viewProps} />
    );
  };

  // The details follow the live booking: moved or cancelled elsewhere, the dialog shows it at once.
  const liveDetails = details
    ? ((data.bookings.value ?? []).find((b) => b.id === details.id) ?? details)
    : null;
  const detailsResource = liveDetails ? (resourceById.get(liveDetails.resourceId) ?? null) : null;
  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h1">{t('spacesAdmin.calendar.title')}</Typography>
        <Stack direction="row" spacing={1}>
          <Button component={RouterLink} to="/admin/spaces">
            {t('spacesAdmin.calendar.manageResources')}
          </Button>
          <Button
            variant="contained"
            color="warning"
            startIcon={<LockOutlinedIcon />}
            disabled={resources.length === 0}
            data-testid="calendar-block"
            onClick={() => setBlockDraft(draftForDay())}
          >
            {t('spacesAdmin.calendar.block')}
          </Button>
        </Stack>
      </Stack>
      <Typography color="text.secondary">{t('spacesAdmin.calendar.intro', { zone: timeZone })}</Typography>
      <CalendarToolbar params={params} today={today} resources={resources} onChange={update} />
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={1}
        sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography
          variant="h2"
          data-testid="calendar-period"
          sx={{ fontSize: '1.25rem', '&::first-letter': { textTransform: 'uppercase' } }}
        >
          {periodTitle}
        </Typography>
        <StateLegend />
      </Stack>
      {body()}

      <NewBookingDialog
        booking={newBooking}
        onClose={() => setNewBooking(null)}
        onBooked={(result: BookSpaceResult) => {
          setNewBooking(null);
          setNotice({
            severity: 'success',
            message:
              result.status === 'pending_payment'
                ? t('spacesAdmin.newBooking.pending')
                : t('spacesAdmin.newBooking.done'),
          });
        }}
      />
      <BookingDetailsDialog
        booking={liveDetails}
        resource={detailsResource}
        members={members}
        timeZone={timeZone}
        onClose={() => setDetails(null)}
        onMove={(booking) => {
          const resource = resourceById.get(booking.resourceId);
          if (resource) setMoving({ booking, resource });
        }}
        onCancel={setCancelling}
      />
      <MoveBookingDialog
        target={moving}
        onClose={() => setMoving(null)}
        onMoved={(startMs) => {
          setMoving(null);
          setDetails(null);
          setNotice({
            severity: 'success',
            message: t('spacesAdmin.move.done', {
              date: dayjs(startMs).tz(timeZone).format('dddd D MMMM'),
              time: wallTime(startMs, timeZone),
            }),
          });
        }}
      />
      <ConfirmDialog
        item={cancelling}
        busy={acting}
        idPrefix="space-cancel"
        title={t('spacesAdmin.cancel.title')}
        text={(booking) =>
          t('spacesAdmin.cancel.text', {
            who: whoText(booking),
            resource: resourceById.get(booking.resourceId)?.name ?? booking.title,
            date: dayjs(booking.startsAt).tz(timeZone).format('dddd D MMMM'),
            time: timeRange(booking.startsAt, booking.endsAt, timeZone),
          })
        }
        cancelLabel={t('spacesAdmin.cancel.keep')}
        confirmLabel={t('spacesAdmin.cancel.confirm')}
        destructive
        confirmTestId="confirm-cancel-booking"
        onCancel={() => setCancelling(null)}
        onConfirm={(booking) => void cancel(booking)}
      />
      <BlockDialog
        draft={blockDraft}
        resources={resources}
        onClose={() => setBlockDraft(null)}
        onBlocked={() => {
          setBlockDraft(null);
          setNotice({ severity: 'success', message: t('spacesAdmin.block.done') });
        }}
      />
      <ConfirmDialog
        item={openBlock}
        busy={acting}
        idPrefix="space-unblock"
        title={t('spacesAdmin.unblock.title')}
        text={({ block, resourceName }) =>
          t('spacesAdmin.unblock.text', {
            resource: resourceName,
            from: dayjs(block.start).tz(timeZone).format('D MMMM HH:mm'),
            to: dayjs(block.end).tz(timeZone).format('D MMMM HH:mm'),
            reason: t(`spacesAdmin.reasons.${block.reason}`),
          })
        }
        cancelLabel={t('spacesAdmin.unblock.keep')}
        confirmLabel={t('spacesAdmin.unblock.confirm')}
        destructive
        confirmTestId="confirm-unblock"
        onCancel={() => setOpenBlock(null)}
        onConfirm={(block) => void unblock(block)}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
