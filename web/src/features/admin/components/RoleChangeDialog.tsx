// Confirmation before a role change: roles grant access to other people's data (ACC-3).
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '@agora/domain';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';

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
  const roleLabel = (role: StaffRole | null) => (role ? t(`roles.${role}`) : t('roles.none'));
  return (
    <ConfirmDialog
      item={props.change}
      busy={props.busy}
      idPrefix="role-change"
      title={t('admin.members.confirmTitle')}
      text={(change) =>
        t('admin.members.confirmText', {
          name: change.name,
          email: change.email,
          from: roleLabel(change.from),
          to: roleLabel(change.to),
        })
      }
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    />
  );
}
