// "Déplacer" a booking (SPACE-6, staff side): same resource, same length, seats and payment; staff
// pick the day, then a start among those where the whole length is free (live, so a slot taken
// meanwhile disappears). moveSpaceBooking checks again in its transaction.
import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useTranslation } from 'react-i18next';
import { localDateOf } from '@agora/domain';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { callMoveSpaceBooking } from '../../../lib/firebase/callables.ts';
import {
  watchSpaceDays,
  type ResourceRecord,
  type SpaceBookingRecord,
  type SpaceOccupancy,
} from '../../../lib/firebase/spaces.ts';
import { formatMinutes, timeRange } from '../display.ts';
import { failureText } from '../failureText.ts';
import { useNow } from '../hooks/useNow.ts';
import { moveStarts } from '../moveOptions.ts';
import { dayPickerValue, pickedDay } from '../zonedPicker.ts';

/** The dialog is open while set. */
export interface MoveTarget {
  booking: SpaceBookingRecord;
  resource: ResourceRecord;
}

export function MoveBookingDialog(props: {
  target: MoveTarget | null;
  onClose: () => void;
  onMoved: (startMs: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.target}
      formKey={(target) => target.booking.id}
      onClose={props.onClose}
      titleId="space-move-title"
      title={t('spacesAdmin.move.title')}
    >
      {(target, saving) => (
        <MoveForm target={target} {...saving} onClose={props.onClose} onMoved={props.onMoved} />
      )}
    </FormDialog>
  );
}

function MoveForm(
  props: Saving & { target: MoveTarget; onClose: () => void; onMoved: (startMs: number) => void },
) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const nowMs = useNow();
  const { booking, resource } = props.target;
  const [day, setDay] = useState(() => localDateOf(booking.startsAt.getTime(), timeZone));
  const [start, setStart] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const lengthMs = booking.endsAt.getTime() - booking.startsAt.getTime();

  const subscribe = useCallback<Watch<Map<string, SpaceOccupancy>>>(
    (next, fail) => watchSpaceDays([resource.id], day, day, next, fail),
    [resource.id, day],
  );
  const occupancy = useLive(subscribe);
  const starts =
    occupancy.value === undefined
      ? []
      : moveStarts({
          resource,
          localDate: day,
          timeZone,
          nowMs,
          occupancy: occupancy.value.get(resource.id),
          booking,
        });
  const chosen = starts.find((slot) => slot.start === start);

  const submit = async () => {
    if (!chosen) {
      setFailure(t('spacesAdmin.fieldErrors.startRequired'));
      return;
    }
    const startMs = Date.parse(chosen.start);
    setFailure(null);
    props.setBusy(true);
    try {
      await callMoveSpaceBooking({
        bookingId: booking.id,
        start: chosen.start,
        end: new Date(startMs + lengthMs).toISOString(),
      });
      props.onMoved(startMs);
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      props.setBusy(false);
    }
  };

  return (
    <DialogForm
      busy={props.busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('spacesAdmin.move.confirm')}
      submitDisabled={!chosen}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography color="text.secondary">
          {resource.name} — {t('spacesAdmin.move.intro', { length: formatMinutes(lengthMs / 60_000) })}
        </Typography>
        <DatePicker
          label={t('spacesAdmin.move.date')}
          value={dayPickerValue(day)}
          disabled={props.busy}
          onChange={(value) => {
            const picked = pickedDay(value);
            if (picked === null) return;
            setDay(picked);
            setStart('');
            setFailure(null);
          }}
          slotProps={{ textField: { id: 'space-move-date', fullWidth: true } }}
        />
        {occupancy.status === 'error' && (
          <LoadErrorAlert message={t('spacesAdmin.move.loadError')} onRetry={occupancy.reload} />
        )}
        {occupancy.status === 'loading' && (
          <Typography variant="body2" color="text.secondary">
            {t('spacesAdmin.move.loading')}
          </Typography>
        )}
        {occupancy.status === 'ready' &&
          (starts.length === 0 ? (
            <Alert severity="info">{t('spacesAdmin.move.noStart')}</Alert>
          ) : (
            <TextField
              id="space-move-start"
              name="start"
              select
              label={t('spacesAdmin.move.start')}
              disabled={props.busy}
              value={chosen ? start : ''}
              onChange={(event) => {
                setStart(event.target.value);
                setFailure(null);
              }}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="">{t('spacesAdmin.move.chooseStart')}</option>
              {starts.map((slot) => (
                <option key={slot.start} value={slot.start}>
                  {timeRange(Date.parse(slot.start), Date.parse(slot.start) + lengthMs, timeZone)}
                </option>
              ))}
            </TextField>
          ))}
        {failure && (
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        )}
      </Stack>
    </DialogForm>
  );
}
