// "Bloquer un créneau" (SPACE-4): the resource, start and end (organisation time), the reason
// (maintenance or private use) and a note; opened prefilled from a slot or from the page's button.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { useTranslation } from 'react-i18next';
import { BLOCK_REASONS, SPACE_NOTE_MAX_LENGTH } from '@agora/domain';
import { FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { callBlockSpace } from '../../../lib/firebase/callables.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import {
  blockFieldOf,
  blockValues,
  parseBlockForm,
  toBlockReason,
  type BlockDraft,
  type BlockField,
  type BlockFormValues,
} from '../blockForm.ts';
import { failureIssues, failureText } from '../failureText.ts';
import { issuesToFields, spacesIssueText } from '../fieldErrors.ts';

const SELECT_PROPS = { select: { native: true }, inputLabel: { shrink: true } } as const;

export function BlockDialog(props: {
  draft: BlockDraft | null;
  resources: readonly ResourceRecord[];
  onClose: () => void;
  onBlocked: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.draft}
      formKey={(draft) => `${draft.resourceId}_${draft.startMs}_${draft.endMs}`}
      onClose={props.onClose}
      titleId="space-block-title"
      title={t('spacesAdmin.block.title')}
    >
      {(draft, saving) => (
        <BlockForm
          draft={draft}
          resources={props.resources}
          {...saving}
          onClose={props.onClose}
          onBlocked={props.onBlocked}
        />
      )}
    </FormDialog>
  );
}

function BlockForm(
  props: Saving & {
    draft: BlockDraft;
    resources: readonly ResourceRecord[];
    onClose: () => void;
    onBlocked: () => void;
  },
) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const { busy } = props;
  const form = useDialogForm<BlockFormValues, BlockField>(
    () => blockValues(props.draft, timeZone),
    props.setBusy,
    spacesIssueText,
  );
  const { values, feedback } = form;

  const submit = () =>
    form.submit(
      parseBlockForm(values, timeZone),
      async (input) => {
        await callBlockSpace(input);
        props.onBlocked();
      },
      (error) => {
        form.setErrors(issuesToFields(failureIssues(error), blockFieldOf).fields);
        return failureText(t, error);
      },
    );

  const timesHint = t('spacesAdmin.block.timesHint', { zone: timeZone });
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <DialogContent sx={{ pt: 0 }}>
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={12}>
            <TextField
              id="space-block-resource"
              name="resourceId"
              select
              label={t('spacesAdmin.block.resource')}
              disabled={busy}
              value={values.resourceId}
              onChange={(event) => form.change({ resourceId: event.target.value })}
              slotProps={SELECT_PROPS}
              {...feedback('resourceId')}
            >
              {props.resources.map((resource) => (
                <option key={resource.id} value={resource.id}>
                  {resource.name}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DateTimePicker
              label={t('spacesAdmin.block.start')}
              value={values.start}
              onChange={(start) => form.change({ start }, ['start', 'end'])}
              timezone={timeZone}
              ampm={false}
              disabled={busy}
              slotProps={{
                textField: {
                  id: 'space-block-start',
                  name: 'start',
                  fullWidth: true,
                  ...feedback('start', timesHint),
                },
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DateTimePicker
              label={t('spacesAdmin.block.end')}
              value={values.end}
              onChange={(end) => form.change({ end })}
              timezone={timeZone}
              ampm={false}
              disabled={busy}
              slotProps={{
                textField: { id: 'space-block-end', name: 'end', fullWidth: true, ...feedback('end') },
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="space-block-reason"
              name="reason"
              select
              label={t('spacesAdmin.block.reason')}
              disabled={busy}
              value={values.reason}
              onChange={(event) => form.change({ reason: toBlockReason(event.target.value) })}
              slotProps={SELECT_PROPS}
              {...feedback('reason')}
            >
              {BLOCK_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`spacesAdmin.reasons.${reason}`)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="space-block-note"
              name="note"
              label={t('spacesAdmin.block.note')}
              disabled={busy}
              value={values.note}
              onChange={(event) => form.change({ note: event.target.value })}
              slotProps={{ htmlInput: { maxLength: SPACE_NOTE_MAX_LENGTH } }}
              {...feedback('note', t('spacesAdmin.block.noteHint'))}
            />
          </Grid>
          {form.failure && (
            <Grid size={12}>
              <Alert severity="error" role="alert">
                {form.failure}
              </Alert>
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" color="warning" loading={busy} data-testid="confirm-block">
          {t('spacesAdmin.block.confirm')}
        </Button>
      </DialogActions>
    </Box>
  );
}
