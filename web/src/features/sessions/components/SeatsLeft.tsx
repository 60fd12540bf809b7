// Seats still free, "3 places restantes", or "Complet".
import Typography, { type TypographyProps } from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '../../../lib/firebase/sessions.ts';
import { seatsLeft } from '../catalogue.ts';

export function SeatsLeft(props: {
  session: Pick<SessionRecord, 'capacity' | 'seatsBooked'>;
  variant?: TypographyProps['variant'];
}) {
  const { t } = useTranslation();
  const left = seatsLeft(props.session);
  return (
    <Typography
      component="span"
      variant={props.variant ?? 'body2'}
      color={left === 0 ? 'error' : left <= 3 ? 'warning.main' : 'success.main'}
      sx={{ fontWeight: 600 }}
    >
      {left === 0 ? t('sessions.full') : t('sessions.seatsLeft', { count: left })}
    </Typography>
  );
}
