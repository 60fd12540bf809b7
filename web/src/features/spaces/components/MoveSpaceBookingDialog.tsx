// Moving a space booking (SPACE-6): the same slot grid as the resource page, for the same resource,
// to pick a new start; the booking keeps its length and seats, and its own seats do not count
// against the new time (they move with it). moveSpaceBooking decides in the end.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { callMoveSpaceBooking } from '../../../lib/firebase/callables.ts';
import type { ResourceRecord, SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { useNow } from '../../sessions/hooks/useNow.ts';
import { dayOf, formatSessionWhen } from '../../sessions/time.ts';
import { useFormatDuration } from '../hooks/useFormatDuration.ts';
import { useResource } from '../hooks/useResource.ts';
import { useSlotAvailability } from '../hooks/useSlotAvailability.ts';
import { checkMove } from '../selection.ts';
import { spaceError, type SpaceError } from '../spaceErrors.ts';
import { clampDay, dayBounds, viewDays, type SlotViewState } from '../views.ts';
import { SlotPicker } from './SlotPicker.tsx';
import { SpaceErrorAlert } from './SpaceErrorAlert.tsx';

interface MoveFormProps {
  booking: SpaceBookingRecord;
  resource: ResourceRecord;
  timeZone: string;
  saving: Saving;
  onClose: () => void;
  onMoved: (when: string) => void;
}

function MoveForm({ booking, resource, timeZone, saving, onClose, onMoved }: MoveFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatDuration = useFormatDuration();
  const now = useNow();
  const today = dayOf(now, timeZone);
  const bounds = dayBounds(today, resource.bookingWindowDays);
  const [chosenView, setView] = useState<SlotViewState>(() => ({
    date: dayOf(booking.startsAt, timeZone),
    view: 'day',
  }));
  // Kept within the bookable days as they move on (the dialog may stay open past midnight).
  const view = { ...chosenView, date: clampDay(chosenView.date, bounds) };
  const [start, setStart] = useState<string | null>(null);
  const [error, setError] = useState<SpaceError | null>(null);
  const live = useSlotAvailability({
    resource,
    timeZone,
    now,
    days: viewDays(view.date, view.view),
    excludeBookingId: booking.id,
  });
  const durationMs = booking.endsAt.getTime() - booking.startsAt.getTime();
  const check =
    start !== null && live.context !== null
      ? checkMove(live.context, { start, durationMs, seats: booking.seats })
      : null;
  const unchanged = start !== null && Date.parse(start) === booking.startsAt.getTime();
  /** The new time, once it fits and differs from the current one. */
  const target = start !== null && check?.ok && !unchanged ? { start, end: check.end } : null;
  const covered = new Set(check?.ok ? check.slots.map((slot) => slot.start) : start === null ? [] : [start]);
  const whenOf = (from: string | Date, to: string | Date) =>
    formatSessionWhen(new Date(from), new Date(to), timeZone, locale);

  const submit = async () => {
    if (target === null) return;
    saving.setBusy(true);
    setError(null);
    try {
      await callMoveSpaceBooking({ bookingId: booking.id, start: target.start, end: target.end });
      saving.setBusy(false);
      onMoved(whenOf(target.start, target.end));
    } catch (caught) {
      setError(spaceError(caught));
      saving.setBusy(false);
    }
  };

  return (
    <DialogForm
      busy={saving.busy}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('spaces.move.confirm')}
      submitDisabled={target === null}
    >
      <Stack spacing={2}>
        <Typography id="move-space-booking-text">
          {t('spaces.move.intro', {
            duration: formatDuration(durationMs / 60_000),
            count: booking.seats,
          })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('spaces.move.current', { when: whenOf(booking.startsAt, booking.endsAt) })}
        </Typography>
        <SlotPicker
          state={view}
          bounds={bounds}
          idPrefix="move-space"
          today={today}
          capacity={resource.capacity}
          status={live.status}
          slots={live.slots}
          selected={covered}
          onStateChange={(next) => {
            setView(next);
            setStart(null);
          }}
          onSelect={(slot) => {
            setError(null);
            setStart(slot.start);
          }}
          onRetry={live.reload}
        />
        {start === null && <Typography color="text.secondary">{t('spaces.move.pick')}</Typography>}
        {target !== null && (
          <Alert severity="info" data-testid="move-space-target">
            {t('spaces.move.target', { when: whenOf(target.start, target.end) })}
          </Alert>
        )}
        {check !== null && !check.ok && <Alert severity="warning">{t('spaces.move.unfit')}</Alert>}
        {unchanged && <Alert severity="info">{t('spaces.move.same')}</Alert>}
        <SpaceErrorAlert error={error} returnTo="/account/space-bookings" />
      </Stack>
    </DialogForm>
  );
}

/** Loads the booking's resource (live), then shows the form; a resource gone says so. */
function MoveFormLoader(props: Omit<MoveFormProps, 'resource'>) {
  const { t } = useTranslation();
  const live = useResource(props.booking.resourceId);
  if (live.status === 'loading') return <LoadingScreen />;
  if (!live.resource?.active) {
    return (
      <DialogForm
        busy={false}
        onSubmit={async () => props.onClose()}
        onCancel={props.onClose}
        submitLabel={t('common.continue')}
      >
        <Alert severity="info">{t('spaces.move.unavailable')}</Alert>
      </DialogForm>
    );
  }
  return <MoveForm {...props} resource={live.resource} />;
}

export function MoveSpaceBookingDialog(props: {
  booking: SpaceBookingRecord | null;
  timeZone: string;
  onClose: () => void;
  onMoved: (when: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.booking}
      formKey={(booking) => booking.id}
      onClose={props.onClose}
      titleId="move-space-booking-title"
      describedById="move-space-booking-text"
      title={t('spaces.move.title')}
      maxWidth="md"
    >
      {(booking, saving) => (
        <MoveFormLoader
          booking={booking}
          timeZone={props.timeZone}
          saving={saving}
          onClose={props.onClose}
          onMoved={props.onMoved}
        />
      )}
    </FormDialog>
  );
}
