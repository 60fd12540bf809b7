// The frame of the staff form dialogs (products, companies, credit adjustments, refunds, invoice
// corrections, bookings on a member's behalf, session cancellations). The dialog cannot be
// dismissed while its form is saving, so the outcome is never lost from view; the form inside is
// remounted for each opening (formKey) so that it starts afresh.
import { Fragment, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';

/** Handed to the form: whether it is saving, and how it says so. */
export interface Saving {
  busy: boolean;
  setBusy: (busy: boolean) => void;
}

export function FormDialog<Item>(props: {
  /** What the form is about; the dialog is open while it is set. */
  item: Item | null;
  /** Names one opening: a new key mounts a new form. */
  formKey: (item: Item) => string;
  onClose: () => void;
  /** The title's id, which names the dialog. */
  titleId: string;
  /** The id of the text that describes the dialog, if any. */
  describedById?: string;
  title: ReactNode;
  maxWidth?: 'sm' | 'md';
  /** The form (a DialogForm) for the item. */
  children: (item: Item, saving: Saving) => ReactNode;
}) {
  // Kept here, above the remounted form, so that a save still running blocks closing.
  const [busy, setBusy] = useState(false);
  const { item } = props;
  return (
    <Dialog
      open={item !== null}
      onClose={busy ? undefined : props.onClose}
      aria-labelledby={props.titleId}
      aria-describedby={props.describedById}
      fullWidth
      maxWidth={props.maxWidth ?? 'sm'}
    >
      <DialogTitle id={props.titleId}>{props.title}</DialogTitle>
      {item !== null && (
        <Fragment key={props.formKey(item)}>{props.children(item, { busy, setBusy })}</Fragment>
      )}
    </Dialog>
  );
}

/** The form of a FormDialog: its fields, then Cancel and the submit button, busy while saving. */
export function DialogForm(props: {
  busy: boolean;
  /** Called on submit; the browser's own submission (and its validation bubbles) is prevented. */
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  /** The cancel button's text; "Annuler" unless told. */
  cancelLabel?: string;
  submitLabel: string;
  submitColor?: 'primary' | 'warning' | 'error';
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void props.onSubmit();
      }}
    >
      <DialogContent sx={{ pt: 0 }}>{props.children}</DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={props.busy}>
          {props.cancelLabel ?? t('common.cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          color={props.submitColor}
          loading={props.busy}
          disabled={props.submitDisabled}
        >
          {props.submitLabel}
        </Button>
      </DialogActions>
    </Box>
  );
}
