// Asks whether to leave the settings page with edits not saved (the router held the navigation).
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';

export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  const open = blocker.state === 'blocked';
  const stay = () => blocker.reset?.();
  return (
    <Dialog
      open={open}
      onClose={stay}
      aria-labelledby="settings-leave-title"
      aria-describedby="settings-leave-text"
    >
      <DialogTitle id="settings-leave-title">{t('settingsAdmin.leave.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="settings-leave-text">{t('settingsAdmin.leave.text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={stay}>{t('settingsAdmin.leave.stay')}</Button>
        <Button
          variant="contained"
          color="warning"
          data-testid="settings-leave-confirm"
          onClick={() => blocker.proceed?.()}
        >
          {t('settingsAdmin.leave.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
