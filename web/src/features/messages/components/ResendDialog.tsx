// Confirmation before resending: the recipient receives the message again.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { MessageRecord } from '../../../lib/firebase/index.ts';

export function ResendDialog(props: {
  message: MessageRecord | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (message: MessageRecord) => void;
}) {
  const { t } = useTranslation();
  const { message } = props;
  return (
    <Dialog
      open={message !== null}
      onClose={props.busy ? undefined : props.onCancel}
      aria-labelledby="resend-title"
      aria-describedby="resend-text"
    >
      <DialogTitle id="resend-title">{t('admin.messages.resend.confirmTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="resend-text" sx={{ overflowWrap: 'anywhere' }}>
          {message &&
            t(
              message.channel === 'mail'
                ? 'admin.messages.resend.confirmTextMail'
                : 'admin.messages.resend.confirmTextSms',
              { to: message.to },
            )}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={props.busy}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" loading={props.busy} onClick={() => message && props.onConfirm(message)}>
          {t('admin.messages.resend.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
