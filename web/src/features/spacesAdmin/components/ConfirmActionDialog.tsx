// Asks before an action on someone's booking or a block (cancel, unblock, remove a photo). Like the
// app's ConfirmDialog, with its own "keep" label (a plain "Annuler" next to "Annuler la
// réservation" would be ambiguous) and a test id on the confirming button.
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

export function ConfirmActionDialog<Item>(props: {
  item: Item | null;
  busy: boolean;
  /** Prefix of the title and text ids (`<prefix>-title`, `<prefix>-text`). */
  idPrefix: string;
  title: string;
  text: (item: Item) => ReactNode;
  keepLabel: string;
  confirmLabel: string;
  confirmTestId: string;
  onCancel: () => void;
  onConfirm: (item: Item) => void;
}) {
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
          {props.keepLabel}
        </Button>
        <Button
          variant="contained"
          color="error"
          loading={busy}
          data-testid={props.confirmTestId}
          onClick={() => item !== null && props.onConfirm(item)}
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
