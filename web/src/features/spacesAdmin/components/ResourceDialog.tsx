// Create or edit a coworking resource (SPACE-1): description, capacity, booking rules, prices,
// opening hours, closed dates and amenities. Checked with resourceFieldsSchema, then saved through
// saveResource, which checks the same schema: its issues land under the same fields.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import {
  localDateOf,
  MAX_BOOKING_WINDOW_DAYS,
  MAX_BUFFER_MINUTES,
  MAX_MIN_NOTICE_MINUTES,
  MAX_RESOURCE_CAPACITY,
  MAX_SLOT_CREDIT_COST,
  RESOURCE_DESCRIPTION_MAX_LENGTH,
  RESOURCE_KINDS,
  RESOURCE_NAME_MAX_LENGTH,
  type Weekday,
} from '@agora/domain';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { callSaveResource } from '../../../lib/firebase/callables.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { formatMinutes } from '../display.ts';
import { failureIssues, failureText } from '../failureText.ts';
import { parseWholeNumber, spacesIssueText } from '../fieldErrors.ts';
import { useNow } from '../hooks/useNow.ts';
import type { OpeningHoursValues } from '../openingHoursEditing.ts';
import {
  EMPTY_RESOURCE,
  parseResourceForm,
  resourceIssuesToFields,
  resourceValuesFromRecord,
  saveResourceRequest,
  slotMinutesChoices,
  toResourceKind,
  type ResourceField,
  type ResourceFormValues,
} from '../resourceForm.ts';
import { AmenitiesInput } from './AmenitiesInput.tsx';
import { ClosedDatesEditor } from './ClosedDatesEditor.tsx';
import { OpeningHoursEditor } from './OpeningHoursEditor.tsx';

/** The dialog is open while set: `resource` null creates a new one. */
export interface ResourceEditing {
  resource: ResourceRecord | null;
}

const SELECT_PROPS = { select: { native: true }, inputLabel: { shrink: true } } as const;
const numberProps = (min: number, max: number) => ({
  htmlInput: { min, max, step: 1, inputMode: 'numeric' as const },
});

export function ResourceDialog(props: {
  editing: ResourceEditing | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.editing}
      formKey={(editing) => editing.resource?.id ?? 'new'}
      onClose={props.onClose}
      titleId="resource-dialog-title"
      title={
        props.editing?.resource ? t('spacesAdmin.dialog.editTitle') : t('spacesAdmin.dialog.createTitle')
      }
      maxWidth="md"
    >
      {(editing, saving) => (
        <ResourceForm
          resource={editing.resource}
          {...saving}
          onClose={props.onClose}
          onSaved={props.onSaved}
        />
      )}
    </FormDialog>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Grid size={12}>
      <Divider sx={{ mb: 1.5 }} />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1.5 }}>
        {props.title}
      </Typography>
      {props.children}
    </Grid>
  );
}

function ResourceForm(
  props: Saving & { resource: ResourceRecord | null; onClose: () => void; onSaved: () => void },
) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useOrganization();
  const nowMs = useNow();
  const { resource, busy } = props;
  const form = useDialogForm<ResourceFormValues, ResourceField>(
    () => (resource ? resourceValuesFromRecord(resource, locale) : EMPTY_RESOURCE),
    props.setBusy,
    spacesIssueText,
  );
  const { values, errors, feedback } = form;
  // Payment fields answer together: the "set a price, credits or plan" message concerns all three.
  const pricing: ResourceField[] = ['price', 'creditCost', 'includedInPlan'];

  const changeHours = (openingHours: OpeningHoursValues, day: Weekday | null) =>
    form.change({ openingHours }, (field) =>
      day === null
        ? field.startsWith('openingHours')
        : field === 'openingHours' || field.startsWith(`openingHours.${day}`),
    );

  const submit = () =>
    form.submit(
      parseResourceForm(values),
      async (fields) => {
        await callSaveResource(saveResourceRequest(resource?.id ?? null, fields));
        props.onSaved();
      },
      (error) => {
        const { fields, other } = resourceIssuesToFields(failureIssues(error));
        const placed = Object.keys(fields).length > 0 && other.length === 0;
        form.setErrors(fields);
        return placed ? t('spacesAdmin.dialog.fixFields') : failureText(t, error);
      },
    );

  const slotMinutes = parseWholeNumber(values.slotMinutes);
  return (
    <DialogForm
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('spacesAdmin.dialog.save')}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextField
            id="resource-name"
            name="name"
            label={t('spacesAdmin.dialog.name')}
            required
            disabled={busy}
            value={values.name}
            onChange={(event) => form.change({ name: event.target.value })}
            slotProps={{ htmlInput: { maxLength: RESOURCE_NAME_MAX_LENGTH } }}
            {...feedback('name')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            id="resource-kind"
            name="kind"
            select
            label={t('spacesAdmin.dialog.kind')}
            disabled={busy}
            value={values.kind}
            onChange={(event) => form.change({ kind: toResourceKind(event.target.value) })}
            slotProps={SELECT_PROPS}
            {...feedback('kind')}
          >
            {RESOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`spacesAdmin.kinds.${kind}`)}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={12}>
          <TextField
            id="resource-description"
            name="description"
            label={t('spacesAdmin.dialog.description')}
            multiline
            minRows={2}
            disabled={busy}
            value={values.description}
            onChange={(event) => form.change({ description: event.target.value })}
            slotProps={{ htmlInput: { maxLength: RESOURCE_DESCRIPTION_MAX_LENGTH } }}
            {...feedback('description')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="resource-capacity"
            name="capacity"
            type="number"
            label={t('spacesAdmin.dialog.capacity')}
            required
            disabled={busy}
            value={values.capacity}
            onChange={(event) => form.change({ capacity: event.target.value })}
            slotProps={numberProps(1, MAX_RESOURCE_CAPACITY)}
            {...feedback('capacity', t('spacesAdmin.dialog.capacityHint'))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormControlLabel
            control={
              <Switch
                name="active"
                checked={values.active}
                disabled={busy}
                onChange={(event) => form.change({ active: event.target.checked })}
              />
            }
            label={t('spacesAdmin.dialog.active')}
          />
          <FormHelperText sx={{ mt: 0 }}>{t('spacesAdmin.dialog.activeHint')}</FormHelperText>
        </Grid>

        <Section title={t('spacesAdmin.dialog.sections.booking')}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="resource-slot-minutes"
                name="slotMinutes"
                select
                label={t('spacesAdmin.dialog.slotMinutes')}
                disabled={busy}
                value={values.slotMinutes}
                // Whether each range holds whole slots depends on the slot length.
                onChange={(event) =>
                  form.change(
                    { slotMinutes: event.target.value },
                    (field) => field === 'slotMinutes' || field.startsWith('openingHours'),
                  )
                }
                slotProps={SELECT_PROPS}
                {...feedback('slotMinutes', t('spacesAdmin.dialog.slotMinutesHint'))}
              >
                {slotMinutesChoices(values.slotMinutes).map((minutes) => (
                  <option key={minutes} value={String(minutes)}>
                    {formatMinutes(minutes)}
                  </option>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="resource-buffer-minutes"
                name="bufferMinutes"
                type="number"
                label={t('spacesAdmin.dialog.bufferMinutes')}
                disabled={busy}
                value={values.bufferMinutes}
                onChange={(event) => form.change({ bufferMinutes: event.target.value })}
                slotProps={numberProps(0, MAX_BUFFER_MINUTES)}
                {...feedback('bufferMinutes', t('spacesAdmin.dialog.bufferMinutesHint'))}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="resource-min-notice"
                name="minNoticeMinutes"
                type="number"
                label={t('spacesAdmin.dialog.minNoticeMinutes')}
                disabled={busy}
                value={values.minNoticeMinutes}
                onChange={(event) => form.change({ minNoticeMinutes: event.target.value })}
                slotProps={numberProps(0, MAX_MIN_NOTICE_MINUTES)}
                {...feedback('minNoticeMinutes', t('spacesAdmin.dialog.minNoticeMinutesHint'))}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="resource-booking-window"
                name="bookingWindowDays"
                type="number"
                label={t('spacesAdmin.dialog.bookingWindowDays')}
                required
                disabled={busy}
                value={values.bookingWindowDays}
                onChange={(event) => form.change({ bookingWindowDays: event.target.value })}
                slotProps={numberProps(1, MAX_BOOKING_WINDOW_DAYS)}
                {...feedback('bookingWindowDays', t('spacesAdmin.dialog.bookingWindowDaysHint'))}
              />
            </Grid>
          </Grid>
        </Section>

        <Section title={t('spacesAdmin.dialog.sections.pricing')}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('spacesAdmin.dialog.pricingHint')}
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="resource-price"
                name="price"
                label={t('spacesAdmin.dialog.price')}
                disabled={busy}
                value={values.price}
                onChange={(event) => form.change({ price: event.target.value }, pricing)}
                slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
                {...feedback('price', t('spacesAdmin.dialog.priceHint'))}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="resource-credit-cost"
                name="creditCost"
                type="number"
                label={t('spacesAdmin.dialog.creditCost')}
                disabled={busy}
                value={values.creditCost}
                onChange={(event) => form.change({ creditCost: event.target.value }, pricing)}
                slotProps={numberProps(1, MAX_SLOT_CREDIT_COST)}
                {...feedback('creditCost', t('spacesAdmin.dialog.creditCostHint'))}
              />
            </Grid>
            <Grid size={12}>
              <FormControlLabel
                control={
                  <Switch
                    name="includedInPlan"
                    checked={values.includedInPlan}
                    disabled={busy}
                    onChange={(event) => form.change({ includedInPlan: event.target.checked }, pricing)}
                  />
                }
                label={t('spacesAdmin.dialog.includedInPlan')}
              />
              <FormHelperText sx={{ mt: 0 }}>{t('spacesAdmin.dialog.includedInPlanHint')}</FormHelperText>
            </Grid>
          </Grid>
        </Section>

        <Section title={t('spacesAdmin.dialog.sections.hours')}>
          <OpeningHoursEditor
            hours={values.openingHours}
            slotMinutes={Number.isInteger(slotMinutes) ? slotMinutes : 60}
            timeZone={timeZone}
            errors={errors}
            issueText={form.issueText}
            busy={busy}
            onChange={changeHours}
          />
        </Section>

        <Section title={t('spacesAdmin.dialog.sections.closedDates')}>
          <ClosedDatesEditor
            closedDates={values.closedDates}
            today={localDateOf(nowMs, timeZone)}
            busy={busy}
            error={form.issueText(errors.closedDates)}
            onChange={(closedDates) => form.change({ closedDates })}
          />
        </Section>

        <Section title={t('spacesAdmin.dialog.sections.amenities')}>
          <AmenitiesInput
            amenities={values.amenities}
            busy={busy}
            error={form.issueText(errors.amenities)}
            onChange={(amenities) => form.change({ amenities })}
          />
        </Section>

        {form.failure && (
          <Grid size={12}>
            <Alert severity="error" role="alert">
              {form.failure}
            </Alert>
          </Grid>
        )}
      </Grid>
    </DialogForm>
  );
}
