// The status of a session as staff read it: published, draft or cancelled.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { StaffSessionRecord } from '../../../lib/firebase/sessionsAdmin.ts';
import { SESSION_STATE_COLORS, sessionState } from '../display.ts';

export function SessionStateChip({ session }: { session: Pick<StaffSessionRecord, 'status' | 'published'> }) {
  const { t } = useTranslation();
  const state = sessionState(session);
  return <Chip size="small" color={SESSION_STATE_COLORS[state]} label={t(`sessionsAdmin.states.${state}`)} />;
}
