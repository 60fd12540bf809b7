// Confirmation before a role change: roles grant access to other people's data (ACC-3).
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '@agora/domain';

export interface PendingRoleChange {
  uid: string;
  name: string;
  email: string;
  from: StaffRole | null;
  to: StaffRole | null;
}

export function RoleChangeDialog(props: {
  change: PendingRoleChange | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (change: PendingRoleChange) => void;
}) {
  const { t } = useTranslation();
  const { change } = props;
  const roleLabel = (role: StaffRole | null) => (role ? t(`roles.${role}`) : t('roles.none'));
  return (
    <Dialog
      open={change !== null}
      onClose={props.busy ? undefined : props.onCancel}
      aria-labelledby="role-change-title"
      aria-describedby="role-change-text"
    >
      <DialogTitle id="role-change-title">{t('admin.members.confirmTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="role-change-text">
          {change &&
            t('admin.members.confirmText', {
              name: change.name,
              email: change.email,
              from: roleLabel(change.from),
              to: roleLabel(change.to),
            })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={props.busy}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" loading={props.busy} onClick={() => change && props.onConfirm(change)}>
          {t('common.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
