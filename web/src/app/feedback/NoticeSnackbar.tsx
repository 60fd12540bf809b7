// The outcome of a staff action (role changed, message resent), shown briefly at the bottom.
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export type Notice = { severity: 'success' | 'error'; message: string } | null;

export function NoticeSnackbar(props: { notice: Notice; onClose: () => void }) {
  const { notice, onClose } = props;
  return (
    <Snackbar
      open={notice !== null}
      autoHideDuration={6000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert severity={notice.severity} variant="filled" onClose={onClose} role="status">
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
