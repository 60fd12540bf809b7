// The staff role as a chip; members show as "Member".
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '@agora/domain';

const COLORS = { admin: 'secondary', assistant: 'primary', moderator: 'info' } as const;

export function RoleChip({ role }: { role: StaffRole | null | undefined }) {
  const { t } = useTranslation();
  if (!role) return <Chip size="small" variant="outlined" label={t('roles.member')} />;
  return <Chip size="small" color={COLORS[role]} label={t(`roles.${role}`)} />;
}
