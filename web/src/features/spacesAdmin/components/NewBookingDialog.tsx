// "Nouvelle réservation" from a slot (SPACE-3): staff book for a member (debited in credits, or
// through their plan) or for internal use, for one or more contiguous slots and a number of seats.
// bookSpace decides: a refusal is told in words naming the member.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SPACE_NOTE_MAX_LENGTH, type BookSpaceResult, type PayWith } from '@agora/domain';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { useIssueText } from '../../../app/forms/useIssueText.ts';
import { MemberPicker } from '../../../app/members/MemberPicker.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { callBookSpace } from '../../../lib/firebase/callables.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { displayName } from '../../admin/memberSearch.ts';
import {
  bookingFieldOf,
  durationOptions,
  initialBookingValues,
  memberPayments,
  parseBookingForm,
  type BookingField,
  type BookingFor,
  type BookingFormValues,
} from '../bookingForm.ts';
import { formatMinutes, wallTime } from '../display.ts';
import { failureIssues, failureText } from '../failureText.ts';
import { issuesToFields, spacesIssueText } from '../fieldErrors.ts';
import type { DaySlot } from '../slotStates.ts';

/** The dialog is open while set. */
export interface NewBooking {
  resource: ResourceRecord;
  slot: DaySlot;
  /** The resource's slots that day, as the grid showed them. */
  daySlots: readonly DaySlot[];
}

const SELECT_PROPS = { select: { native: true }, inputLabel: { shrink: true } } as const;

export function NewBookingDialog(props: {
  booking: NewBooking | null;
  onClose: () => void;
  onBooked: (result: BookSpaceResult) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.booking}
      formKey={(booking) => `${booking.resource.id}_${booking.slot.start}`}
      onClose={props.onClose}
      titleId="space-booking-title"
      title={t('spacesAdmin.newBooking.title')}
    >
      {(booking, saving) => (
        // Keyed by the slot: each new booking gets a fresh form, and so a fresh idempotency key.
        <NewBookingForm
          key={`${booking.resource.id}-${booking.slot.start}`}
          booking={booking}
          {...saving}
          onClose={props.onClose}
          onBooked={props.onBooked}
        />
      )}
    </FormDialog>
  );
}

function NewBookingForm(
  props: Saving & { booking: NewBooking; onClose: () => void; onBooked: (result: BookSpaceResult) => void },
) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const { resource, slot, daySlots } = props.booking;
  const payments = memberPayments(resource);
  const options = durationOptions(daySlots, slot.start);
  const [member, setMember] = useState<UserRecord | null>(null);
  // One idempotency key per dialog: a double click or a retry after a lost answer books once.
  const [requestId] = useState(() => crypto.randomUUID());
  const form = useDialogForm<BookingFormValues, BookingField>(
    () => initialBookingValues(payments),
    props.setBusy,
    spacesIssueText,
  );
  const { values, feedback } = form;
  const option = options.find((candidate) => candidate.slots === values.slots);
  // "Only n seats left" needs the number of the length chosen.
  const seatsText = useIssueText(spacesIssueText, option?.seatsLeft ?? 0);

  const submit = () =>
    form.submit(
      parseBookingForm(values, { resourceId: resource.id, start: slot.start, options, payments }),
      async (request) => {
        props.onBooked(await callBookSpace({ ...request, requestId }));
      },
      (error) => {
        form.setErrors(issuesToFields(failureIssues(error), bookingFieldOf).fields);
        return failureText(t, error, member ? displayName(member) : '');
      },
    );

  const chooseMember = (chosen: UserRecord | null) => {
    setMember(chosen);
    form.change({ uid: chosen?.uid ?? null });
  };

  const paymentLabel = (payment: PayWith) =>
    payment === 'credits'
      ? t('spacesAdmin.newBooking.payCredits', {
          cost: t('spacesAdmin.credits', { count: resource.creditCost ?? 0 }),
        })
      : t('spacesAdmin.newBooking.payPlan');

  const forMember = values.bookingFor === 'member';
  return (
    <DialogForm
      busy={props.busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('spacesAdmin.newBooking.confirm')}
      submitDisabled={options.length === 0}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography color="text.secondary">
          {t('spacesAdmin.newBooking.summary', {
            resource: resource.name,
            date: dayjs(slot.localDate).format('dddd D MMMM YYYY'),
            time: slot.localTime,
          })}
        </Typography>
        {options.length === 0 && <Alert severity="warning">{t('spacesAdmin.newBooking.full')}</Alert>}

        <RadioGroup
          row
          aria-label={t('spacesAdmin.newBooking.for')}
          name="bookingFor"
          value={values.bookingFor}
          onChange={(event) => {
            const bookingFor: BookingFor = event.target.value === 'internal' ? 'internal' : 'member';
            form.change({ bookingFor }, ['uid', 'payWith']);
          }}
        >
          <FormControlLabel
            value="member"
            control={<Radio />}
            disabled={props.busy || payments.length === 0}
            label={t('spacesAdmin.newBooking.forMember')}
            data-testid="space-booking-for-member"
          />
          <FormControlLabel
            value="internal"
            control={<Radio />}
            disabled={props.busy}
            label={t('spacesAdmin.newBooking.forInternal')}
            data-testid="space-booking-for-internal"
          />
        </RadioGroup>
        {payments.length === 0 && (
          <Alert severity="info">{t('spacesAdmin.newBooking.noMemberPayment')}</Alert>
        )}

        {forMember ? (
          <>
            <MemberPicker
              busy={props.busy}
              value={member}
              onChange={chooseMember}
              searchId="space-booking-member-search"
              candidateTestIdPrefix="space-book-candidate-"
              chosenTestId="space-booking-member"
              error={feedback('uid').helperText}
            />
            <TextField
              id="space-booking-pay-with"
              name="payWith"
              select
              label={t('spacesAdmin.newBooking.payWith')}
              disabled={props.busy}
              value={values.payWith}
              onChange={(event) =>
                form.change({ payWith: payments.find((payment) => payment === event.target.value) ?? '' })
              }
              slotProps={SELECT_PROPS}
              {...feedback('payWith')}
            >
              {payments.map((payment) => (
                <option key={payment} value={payment}>
                  {paymentLabel(payment)}
                </option>
              ))}
            </TextField>
          </>
        ) : (
          <FormHelperText sx={{ mt: 0 }}>{t('spacesAdmin.newBooking.internalHint')}</FormHelperText>
        )}

        <TextField
          id="space-booking-duration"
          name="slots"
          select
          label={t('spacesAdmin.newBooking.duration')}
          disabled={props.busy || options.length === 0}
          value={String(values.slots)}
          onChange={(event) => {
            form.change({ slots: Number(event.target.value) }, ['slots', 'seats']);
          }}
          slotProps={SELECT_PROPS}
          {...feedback('slots')}
        >
          {options.map((candidate) => (
            <option key={candidate.slots} value={String(candidate.slots)}>
              {t('spacesAdmin.newBooking.durationOption', {
                length: formatMinutes((candidate.endMs - slot.startMs) / 60_000),
                start: slot.localTime,
                end: wallTime(candidate.endMs, timeZone),
              })}
            </option>
          ))}
        </TextField>

        {resource.capacity > 1 && (
          <TextField
            id="space-booking-seats"
            name="seats"
            type="number"
            label={t('spacesAdmin.newBooking.seats')}
            disabled={props.busy}
            value={values.seats}
            onChange={(event) => form.change({ seats: event.target.value })}
            slotProps={{ htmlInput: { min: 1, max: option?.seatsLeft ?? 1, step: 1, inputMode: 'numeric' } }}
            error={Boolean(form.errors.seats)}
            helperText={
              seatsText(form.errors.seats) ??
              t('spacesAdmin.newBooking.seatsHint', { count: option?.seatsLeft ?? 0 })
            }
          />
        )}

        <TextField
          id="space-booking-note"
          name="note"
          label={t('spacesAdmin.newBooking.note')}
          disabled={props.busy}
          value={values.note}
          onChange={(event) => form.change({ note: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SPACE_NOTE_MAX_LENGTH } }}
          {...feedback('note', t('spacesAdmin.newBooking.noteHint'))}
        />

        {form.failure && (
          <Alert severity="error" role="alert">
            {form.failure}
          </Alert>
        )}
      </Stack>
    </DialogForm>
  );
}
