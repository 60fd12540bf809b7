// A member in a staff table: name (LAST First) and email, or the uid while the profile loads or
// when it no longer exists.
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../admin/memberSearch.ts';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';

export function memberLabel(members: MembersById, uid: string | null, unknown: string): string {
  if (!uid) return unknown;
  const member = members[uid];
  return member ? displayName(member) : uid;
}

export function MemberCell({ members, uid }: { members: MembersById; uid: string }) {
  const { t } = useTranslation();
  const member = members[uid];
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {member ? displayName(member) : member === null ? t('billing.common.unknownMember') : uid}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {member?.data.email ?? (member === null ? uid : '')}
      </Typography>
    </>
  );
}
