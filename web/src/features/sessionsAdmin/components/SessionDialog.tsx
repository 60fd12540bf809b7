// Create or edit a training session (CAPS-1, CAPS-7). Written straight to sessions/{id} under the
// rules, which check the same bounds as the form; the LMS link goes to sessions/{id}/private/access
// in the same batch. Start and end are typed in the organisation's zone (Paris), whatever the zone
// of the staff member's computer.
import { useEffect, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import type { Dayjs } from 'dayjs';
import { FirebaseError } from 'firebase/app';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TIME_ZONE,
  MAX_SESSION_CAPACITY,
  MAX_SESSION_CREDIT_COST,
  SESSION_MODES,
} from '@agora/domain';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import {
  createSession,
  getSessionLmsUrl,
  updateSession,
  type StaffSessionRecord,
} from '../../../lib/firebase/sessionsAdmin.ts';
import { useIssueText } from '../../../app/forms/useIssueText.ts';
import { sessionIssueText, withoutFieldErrors, type FieldErrors } from '../fieldErrors.ts';
import {
  accessChange,
  EMPTY_SESSION,
  endAfterStartChange,
  isEmptyChange,
  parseSessionForm,
  sessionCreateWrite,
  sessionUpdateWrite,
  sessionValuesFromRecord,
  type SessionField,
  type SessionFormValues,
} from '../sessionForm.ts';

/** The dialog is open while set: `session` null creates a new one. */
export interface SessionEditing {
  session: StaffSessionRecord | null;
}

const SELECT_PROPS = { select: { native: true }, inputLabel: { shrink: true } } as const;

export function SessionDialog(props: {
  editing: SessionEditing | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { editing } = props;
  return (
    <Dialog
      open={editing !== null}
      onClose={busy ? undefined : props.onClose}
      aria-labelledby="session-dialog-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="session-dialog-title">
        {editing?.session ? t('sessionsAdmin.dialog.editTitle') : t('sessionsAdmin.dialog.createTitle')}
      </DialogTitle>
      {editing &&
        (editing.session ? (
          <EditSession
            key={editing.session.id}
            session={editing.session}
            busy={busy}
            setBusy={setBusy}
            onClose={props.onClose}
            onSaved={props.onSaved}
          />
        ) : (
          <SessionForm
            key="new"
            session={null}
            lmsUrl={null}
            busy={busy}
            setBusy={setBusy}
            onClose={props.onClose}
            onSaved={props.onSaved}
          />
        ))}
    </Dialog>
  );
}

type Access = { status: 'loading' } | { status: 'error' } | { status: 'ready'; lmsUrl: string | null };

/** Reads the LMS link first: saving without it could not tell a link left alone from one removed. */
function EditSession(props: {
  session: StaffSessionRecord;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const [access, setAccess] = useState<Access & { attempt: number }>({ status: 'loading', attempt: 0 });
  const sessionId = props.session.id;

  useEffect(() => {
    let active = true;
    getSessionLmsUrl(sessionId).then(
      (lmsUrl) => active && setAccess({ status: 'ready', lmsUrl, attempt }),
      () => active && setAccess({ status: 'error', attempt }),
    );
    return () => {
      active = false;
    };
  }, [sessionId, attempt]);

  const current: Access = access.attempt === attempt ? access : { status: 'loading' };
  if (current.status === 'ready') return <SessionForm {...props} lmsUrl={current.lmsUrl} />;
  return (
    <>
      <DialogContent>
        {current.status === 'loading' ? (
          <Typography color="text.secondary">{t('sessionsAdmin.dialog.accessLoading')}</Typography>
        ) : (
          <LoadErrorAlert
            message={t('sessionsAdmin.dialog.accessLoadError')}
            onRetry={() => setAttempt((count) => count + 1)}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
      </DialogActions>
    </>
  );
}

function toMode(value: string): SessionFormValues['mode'] {
  return SESSION_MODES.find((mode) => mode === value) ?? 'onsite';
}

function SessionForm(props: {
  session: StaffSessionRecord | null;
  lmsUrl: string | null;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const { session, lmsUrl, busy, setBusy } = props;
  const seatsBooked = session?.seatsBooked ?? 0;
  const issueText = useIssueText(sessionIssueText, seatsBooked);
  const [values, setValues] = useState<SessionFormValues>(() =>
    session ? sessionValuesFromRecord(session, lmsUrl, timeZone) : EMPTY_SESSION,
  );
  const [errors, setErrors] = useState<FieldErrors<SessionField>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const change = (patch: Partial<SessionFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    const fields = Object.keys(patch) as SessionField[];
    // Whether the end is valid depends on the start, and whether a place is needed on the mode.
    const related: SessionField[] = [
      ...(fields.includes('startsAt') ? (['endsAt'] as const) : []),
      ...(fields.includes('mode') ? (['place'] as const) : []),
    ];
    setErrors((current) => withoutFieldErrors(current, [...fields, ...related]));
    setFailure(null);
  };

  // The end follows the start: same length, or the default length for a new session.
  const changeStart = (startsAt: Dayjs | null) => {
    setValues((current) => ({
      ...current,
      startsAt,
      endsAt: endAfterStartChange(current, startsAt, timeZone),
    }));
    setErrors((current) => withoutFieldErrors(current, ['startsAt', 'endsAt']));
    setFailure(null);
  };

  const feedback = (field: SessionField, hint?: string) => ({
    error: Boolean(errors[field]),
    helperText: issueText(errors[field]) ?? hint,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseSessionForm(values, { timeZone, seatsBooked });
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      if (session) {
        const write = sessionUpdateWrite(session, parsed.value.fields);
        const access = accessChange(lmsUrl, parsed.value.lmsUrl);
        if (!isEmptyChange(write, access)) await updateSession(session.id, write, access);
      } else {
        await createSession(sessionCreateWrite(parsed.value.fields), parsed.value.lmsUrl);
      }
      props.onSaved();
    } catch (error) {
      setFailure(
        error instanceof FirebaseError && error.code === 'permission-denied'
          ? t('sessionsAdmin.dialog.saveForbidden')
          : t('sessionsAdmin.dialog.saveError'),
      );
    } finally {
      setBusy(false);
    }
  };

  const timesHint =
    timeZone === DEFAULT_TIME_ZONE
      ? t('sessionsAdmin.dialog.timesHint')
      : t('sessionsAdmin.dialog.timesHintZone', { zone: timeZone });
  const onsite = values.mode === 'onsite';
  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <DialogContent sx={{ pt: 0 }}>
        <Grid container spacing={2} sx={{ pt: 1 }}>
          {seatsBooked > 0 && (
            <Grid size={12}>
              <Alert severity="info" variant="outlined">
                {t('sessionsAdmin.dialog.booked', { count: seatsBooked })}
              </Alert>
            </Grid>
          )}
          <Grid size={12}>
            <TextField
              id="session-title"
              name="title"
              label={t('sessionsAdmin.dialog.title')}
              required
              disabled={busy}
              value={values.title}
              onChange={(event) => change({ title: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 150 } }}
              {...feedback('title')}
            />
          </Grid>
          <Grid size={12}>
            <TextField
              id="session-description"
              name="description"
              label={t('sessionsAdmin.dialog.description')}
              multiline
              minRows={3}
              disabled={busy}
              value={values.description}
              onChange={(event) => change({ description: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 4000 } }}
              {...feedback('description')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="session-topic"
              name="topic"
              label={t('sessionsAdmin.dialog.topic')}
              required
              disabled={busy}
              value={values.topic}
              onChange={(event) => change({ topic: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 80 } }}
              {...feedback('topic', t('sessionsAdmin.dialog.topicHint'))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="session-trainer"
              name="trainer"
              label={t('sessionsAdmin.dialog.trainer')}
              required
              disabled={busy}
              value={values.trainer}
              onChange={(event) => change({ trainer: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 120 } }}
              {...feedback('trainer')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DateTimePicker
              label={t('sessionsAdmin.dialog.startsAt')}
              value={values.startsAt}
              onChange={changeStart}
              timezone={timeZone}
              ampm={false}
              disabled={busy}
              slotProps={{
                textField: {
                  id: 'session-starts-at',
                  name: 'startsAt',
                  required: true,
                  fullWidth: true,
                  ...feedback('startsAt', timesHint),
                },
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DateTimePicker
              label={t('sessionsAdmin.dialog.endsAt')}
              value={values.endsAt}
              onChange={(endsAt) => change({ endsAt })}
              timezone={timeZone}
              ampm={false}
              disabled={busy}
              slotProps={{
                textField: {
                  id: 'session-ends-at',
                  name: 'endsAt',
                  required: true,
                  fullWidth: true,
                  ...feedback('endsAt'),
                },
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: onsite ? 4 : 12 }}>
            <TextField
              id="session-mode"
              name="mode"
              select
              label={t('sessionsAdmin.dialog.mode')}
              disabled={busy}
              value={values.mode}
              onChange={(event) => change({ mode: toMode(event.target.value) })}
              slotProps={SELECT_PROPS}
              {...feedback('mode')}
            >
              {SESSION_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`sessionsAdmin.modes.${mode}`)}
                </option>
              ))}
            </TextField>
          </Grid>
          {onsite && (
            <Grid size={{ xs: 12, sm: 8 }}>
              <TextField
                id="session-place"
                name="place"
                label={t('sessionsAdmin.dialog.place')}
                required
                disabled={busy}
                value={values.place}
                onChange={(event) => change({ place: event.target.value })}
                slotProps={{ htmlInput: { maxLength: 300 } }}
                {...feedback('place', t('sessionsAdmin.dialog.placeHint'))}
              />
            </Grid>
          )}
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="session-capacity"
              name="capacity"
              type="number"
              label={t('sessionsAdmin.dialog.capacity')}
              required
              disabled={busy}
              value={values.capacity}
              onChange={(event) => change({ capacity: event.target.value })}
              slotProps={{
                htmlInput: {
                  min: Math.max(1, seatsBooked),
                  max: MAX_SESSION_CAPACITY,
                  step: 1,
                  inputMode: 'numeric',
                },
              }}
              {...feedback('capacity')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="session-credit-cost"
              name="creditCost"
              type="number"
              label={t('sessionsAdmin.dialog.creditCost')}
              required
              disabled={busy}
              value={values.creditCost}
              onChange={(event) => change({ creditCost: event.target.value })}
              slotProps={{
                htmlInput: { min: 1, max: MAX_SESSION_CREDIT_COST, step: 1, inputMode: 'numeric' },
              }}
              {...feedback('creditCost', t('sessionsAdmin.dialog.creditCostHint'))}
            />
          </Grid>
          <Grid size={12}>
            <TextField
              id="session-lms-url"
              name="lmsUrl"
              type="url"
              label={t('sessionsAdmin.dialog.lmsUrl')}
              disabled={busy}
              value={values.lmsUrl}
              onChange={(event) => change({ lmsUrl: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 2048, inputMode: 'url', autoComplete: 'off' } }}
              {...feedback('lmsUrl', t('sessionsAdmin.dialog.lmsUrlHint'))}
            />
          </Grid>
          <Grid size={12}>
            <FormControlLabel
              control={
                <Switch
                  name="published"
                  checked={values.published}
                  disabled={busy}
                  onChange={(event) => change({ published: event.target.checked })}
                />
              }
              label={t('sessionsAdmin.dialog.published')}
            />
            <FormHelperText sx={{ mt: 0 }}>{t('sessionsAdmin.dialog.publishedHint')}</FormHelperText>
          </Grid>
          {failure && (
            <Grid size={12}>
              <Alert severity="error" role="alert">
                {failure}
              </Alert>
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" loading={busy}>
          {t('sessionsAdmin.dialog.save')}
        </Button>
      </DialogActions>
    </Box>
  );
}
