// Staff cancel a whole session (CAPS-6) through cancelSession: every booking cancelled, everyone
// refunded and told why by email. Definitive, so the dialog says so and asks for the reason.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { cancelSessionInputSchema } from '@agora/domain';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { CallableError, callCancelSession } from '../../../lib/firebase/callables.ts';
import type { StaffSessionRecord } from '../../../lib/firebase/sessionsAdmin.ts';
import { useIssueText } from '../../../app/forms/useIssueText.ts';
import { sessionIssueText, zodIssuesToFields } from '../fieldErrors.ts';

const REASON_MAX_LENGTH = 500;

export function CancelSessionDialog(props: {
  /** The session to cancel; the dialog is open while set. */
  session: StaffSessionRecord | null;
  onClose: () => void;
  onCancelled: (cancelledBookings: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.session}
      formKey={(session) => session.id}
      onClose={props.onClose}
      titleId="cancel-session-title"
      describedById="cancel-session-text"
      title={t('sessionsAdmin.cancelSession.title')}
    >
      {(session, saving) => (
        <CancelSessionForm
          session={session}
          {...saving}
          onClose={props.onClose}
          onCancelled={props.onCancelled}
        />
      )}
    </FormDialog>
  );
}

function CancelSessionForm(
  props: Saving & {
    session: StaffSessionRecord;
    onClose: () => void;
    onCancelled: (cancelledBookings: number) => void;
  },
) {
  const { t } = useTranslation();
  const issueText = useIssueText(sessionIssueText);
  const { session, busy, setBusy } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
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
    <DialogForm
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
      cancelLabel={t('sessionsAdmin.cancelSession.keep')}
      submitLabel={t('sessionsAdmin.cancelSession.confirm')}
      submitColor="error"
    >
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
    </DialogForm>
  );
}
