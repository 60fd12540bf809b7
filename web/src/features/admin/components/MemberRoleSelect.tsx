// Role picker of one member row (admins only). A native select: reliable on phones and for tests.
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffRole } from '@agora/domain';

function toRole(value: string): StaffRole | null {
  return STAFF_ROLES.find((role) => role === value) ?? null;
}

export function MemberRoleSelect(props: {
  uid: string;
  role: StaffRole | null;
  isSelf: boolean;
  disabled: boolean;
  onChange: (role: StaffRole | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={`role-${props.uid}`}
      select
      size="small"
      fullWidth={false}
      label={t('admin.members.roleLabel')}
      value={props.role ?? ''}
      disabled={props.disabled || props.isSelf}
      onChange={(event) => props.onChange(toRole(event.target.value))}
      helperText={props.isSelf ? t('admin.members.ownRole') : undefined}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 130 }}
    >
      <option value="">{t('roles.none')}</option>
      {STAFF_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </TextField>
  );
}
