// What an entry applied to, in words (a member by name, a space, a session, a message, the
// settings), linked to the staff page that shows it when there is one.
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AuditTarget } from '../auditTarget.ts';

export function TargetCell(props: { target: AuditTarget; nameOf: (uid: string) => string | null }) {
  const { t } = useTranslation();
  const { target } = props;
  let text: string;
  let link: string | null = null;
  switch (target.kind) {
    case 'member':
      text = t('auditLog.target.member', { name: props.nameOf(target.uid) ?? target.uid });
      link = target.link;
      break;
    case 'resource':
      text = t('auditLog.target.resource', { id: target.id });
      link = target.link;
      break;
    case 'session':
      text = t('auditLog.target.session', { id: target.id });
      link = target.link;
      break;
    case 'message':
      text = t(`auditLog.target.${target.channel}`, { id: target.id });
      link = target.link;
      break;
    case 'settings':
      text = t('auditLog.target.settings');
      link = target.link;
      break;
    case 'other':
      text = target.text || t('auditLog.target.none');
      break;
  }
  return link ? (
    <Link component={RouterLink} to={link} variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {text}
    </Link>
  ) : (
    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {text}
    </Typography>
  );
}
