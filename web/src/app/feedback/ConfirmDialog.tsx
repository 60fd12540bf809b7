// Asks before an action with consequences for someone else (a role, a message sent again, a
// booking cancelled). It cannot be dismissed while the action runs, so its outcome is never lost
// from view.
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';

export function ConfirmDialog<Item>(props: {
  /** The item the action applies to; the dialog is open while it is set. */
  item: Item | null;
  busy: boolean;
  /** Prefix of the title and text ids (`<prefix>-title`, `<prefix>-text`). */
  idPrefix: string;
  title: string;
  text: (item: Item) => ReactNode;
  confirmLabel?: string;
  /** Replaces the plain "Cancel" where it would be ambiguous next to the action (e.g. "Cancel the
   * booking"): the button then says what it keeps. */
  cancelLabel?: string;
  /** Marks an action that destroys something (a booking, a block, a photo) in the error colour. */
  destructive?: boolean;
  /** Test id of the confirming button, for flows that click it from end-to-end tests. */
  confirmTestId?: string;
  onCancel: () => void;
  onConfirm: (item: Item) => void;
}) {
  const { t } = useTranslation();
  const { item, busy, idPrefix } = props;
  return (
    <Dialog
      open={item !== null}
      onClose={busy ? undefined : props.onCancel}
      aria-labelledby={`${idPrefix}-title`}
      aria-describedby={`${idPrefix}-text`}
    >
      <DialogTitle id={`${idPrefix}-title`}>{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${idPrefix}-text`} sx={{ overflowWrap: 'anywhere' }}>
          {item !== null && props.text(item)}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={busy}>
          {props.cancelLabel ?? t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color={props.destructive ? 'error' : 'primary'}
          loading={busy}
          data-testid={props.confirmTestId}
          onClick={() => item !== null && props.onConfirm(item)}
        >
          {props.confirmLabel ?? t('common.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
