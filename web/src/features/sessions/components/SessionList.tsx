// The catalogue as a list (CAPS-1): one card per session with its date and time in the
// organisation's zone, trainer, place or online, seats left and credit cost.
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLocale } from '../../../app/i18n/index.ts';
import type { SessionRecord } from '../../../lib/firebase/sessions.ts';
import { formatSessionWhen } from '../time.ts';
import { SeatsLeft } from './SeatsLeft.tsx';

function SessionCard({ session, timeZone }: { session: SessionRecord; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = `session-${session.id}-title`;
  return (
    <Paper component="li" variant="outlined" sx={{ p: { xs: 2, sm: 2.5 } }} aria-labelledby={titleId}>
      <Stack spacing={0.75}>
        <Typography id={titleId} variant="h3" component="h2">
          <Link component={RouterLink} to={`/sessions/${session.id}`} underline="hover">
            {session.title}
          </Link>
        </Typography>
        <Typography sx={{ fontWeight: 500 }}>
          {formatSessionWhen(session.startsAt, session.endsAt, timeZone, locale)}
        </Typography>
        <Typography color="text.secondary">
          {[
            session.trainer ? t('sessions.trainerName', { name: session.trainer }) : null,
            session.mode === 'online'
              ? t('sessions.modes.online')
              : session.place
                ? t('sessions.onsiteAt', { place: session.place })
                : t('sessions.modes.onsite'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        <Stack
          direction="row"
          spacing={1.5}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center', pt: 0.5 }}
        >
          {session.topic && <Chip size="small" label={session.topic} />}
          <SeatsLeft session={session} />
          <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
            {t('sessions.credits', { count: session.creditCost })}
          </Typography>
        </Stack>
      </Stack>
    </Paper>
  );
}

export function SessionList(props: { sessions: SessionRecord[]; timeZone: string; label: string }) {
  return (
    <Stack component="ul" spacing={2} aria-label={props.label} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {props.sessions.map((session) => (
        <SessionCard key={session.id} session={session} timeZone={props.timeZone} />
      ))}
    </Stack>
  );
}
