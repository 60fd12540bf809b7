// Asks before an action with consequences for someone else (a role, a message sent again). It
// cannot be dismissed while the action runs, so its outcome is never lost from view.
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
          {t('common.cancel')}
        </Button>
        <Button variant="contained" loading={busy} onClick={() => item !== null && props.onConfirm(item)}>
          {props.confirmLabel ?? t('common.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
