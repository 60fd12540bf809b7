// Staff cancel a whole session (CAPS-6) through cancelSession: every booking cancelled, everyone
// refunded and told why by email. Definitive, so the dialog says so and asks for the reason.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { cancelSessionInputSchema } from '@agora/domain';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { CallableError, callCancelSession } from '../../../lib/firebase/callables.ts';
import type { StaffSessionRecord } from '../../../lib/firebase/sessionsAdmin.ts';
import { zodIssuesToFields } from '../fieldErrors.ts';
import { useIssueText } from '../hooks/useIssueText.ts';

const REASON_MAX_LENGTH = 500;

export function CancelSessionDialog(props: {
  /** The session to cancel; the dialog is open while set. */
  session: StaffSessionRecord | null;
  onClose: () => void;
  onCancelled: (cancelledBookings: number) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { session } = props;
  return (
    <Dialog
      open={session !== null}
      onClose={busy ? undefined : props.onClose}
      aria-labelledby="cancel-session-title"
      aria-describedby="cancel-session-text"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="cancel-session-title">{t('sessionsAdmin.cancelSession.title')}</DialogTitle>
      {session && (
        <CancelSessionForm
          key={session.id}
          session={session}
          busy={busy}
          setBusy={setBusy}
          onClose={props.onClose}
          onCancelled={props.onCancelled}
        />
      )}
    </Dialog>
  );
}

function CancelSessionForm(props: {
  session: StaffSessionRecord;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onClose: () => void;
  onCancelled: (cancelledBookings: number) => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const { session, busy, setBusy } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = cancelSessionInputSchema.safeParse({ sessionId: session.id, reason });
    if (!parsed.success) {
      setError(zodIssuesToFields(parsed.error, (path) => (path === 'reason' ? 'reason' : null)).reason);
      return;
    }
    setFailure(null);
    setBusy(true);
    try {
      const result = await callCancelSession(parsed.data);
      props.onCancelled(result.cancelledBookings);
    } catch (caught) {
      const reasonIssue =
        caught instanceof CallableError ? caught.issues.find((issue) => issue.path === 'reason') : undefined;
      if (reasonIssue) setError(reasonIssue.code);
      else setFailure(t(`errors.callable.${callableErrorKey(caught)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <DialogContent sx={{ pt: 0 }}>
        <Stack spacing={2}>
          <DialogContentText id="cancel-session-text">
            <strong>{session.title}</strong> — {t('sessionsAdmin.cancelSession.text')}
          </DialogContentText>
          <TextField
            id="cancel-session-reason"
            name="reason"
            label={t('sessionsAdmin.cancelSession.reason')}
            required
            multiline
            minRows={2}
            disabled={busy}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setError(undefined);
              setFailure(null);
            }}
            error={error !== undefined}
            helperText={issueText(error) ?? t('sessionsAdmin.cancelSession.reasonHint')}
            slotProps={{ htmlInput: { maxLength: REASON_MAX_LENGTH } }}
          />
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {t('sessionsAdmin.cancelSession.keep')}
        </Button>
        <Button type="submit" variant="contained" color="error" loading={busy}>
          {t('sessionsAdmin.cancelSession.confirm')}
        </Button>
      </DialogActions>
    </Box>
  );
}
