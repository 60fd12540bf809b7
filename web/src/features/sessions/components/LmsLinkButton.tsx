// The way into the online course (CAPS-4): shown only once the LMS link is readable, that is to
// staff and to members holding a confirmed booking; nothing otherwise (an on-site session may
// have no link).
import Button from '@mui/material/Button';
import OpenInNew from '@mui/icons-material/OpenInNew';
import { useTranslation } from 'react-i18next';
import { useSessionAccess } from '../hooks/useSessionAccess.ts';

export function LmsLinkButton(props: {
  sessionId: string;
  /** The confirmed booking it is read for (id and attempt): the read starts again for a new one. */
  bookingKey: string;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation();
  const access = useSessionAccess(props.sessionId, props.bookingKey);
  if (!access.lmsUrl) return null;
  return (
    <Button
      variant="contained"
      size={props.size ?? 'medium'}
      component="a"
      href={access.lmsUrl}
      target="_blank"
      rel="noopener"
      endIcon={<OpenInNew aria-hidden />}
      data-testid="lms-link"
    >
      {t('sessions.booking.lmsLink')}
    </Button>
  );
}
