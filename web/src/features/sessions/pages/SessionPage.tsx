// /sessions/:sessionId (CAPS-1..4, CAPS-6): one session, live (seats left move as others book),
// its practical details and the member's booking panel. Anyone may read a published session,
// signed out too; an unpublished or unknown one reads as not found.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { SessionRecord } from '../../../lib/firebase/sessions.ts';
import { seatsLeft } from '../catalogue.ts';
import { BookingPanel } from '../components/BookingPanel.tsx';
import { SessionDuration } from '../components/SessionDuration.tsx';
import { useSession } from '../hooks/useSession.ts';
import { dayOf, formatDay, formatSessionWhen, formatTimeRange } from '../time.ts';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Box>
      <Button component={RouterLink} to="/sessions" startIcon={<ArrowBack aria-hidden />}>
        {t('sessions.session.back')}
      </Button>
    </Box>
  );
}

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {props.label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {props.children}
      </Typography>
    </>
  );
}

function SessionDetails({ session, timeZone }: { session: SessionRecord; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const startDay = dayOf(session.startsAt, timeZone);
  const sameDay = startDay === dayOf(session.endsAt, timeZone);
  const left = seatsLeft(session);

  return (
    <Stack spacing={3}>
      <BackLink />
      <div>
        <Typography variant="h1" gutterBottom>
          {session.title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {session.topic && <Chip label={session.topic} size="small" />}
          <Chip
            label={t(`sessions.modes.${session.mode}`)}
            size="small"
            color={session.mode === 'online' ? 'info' : 'default'}
            variant="outlined"
          />
        </Stack>
      </div>

      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={3}>
            <Box
              component="dl"
              aria-label={t('sessions.session.detailsLabel')}
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
                columnGap: 3,
                rowGap: { xs: 0.25, sm: 1 },
                m: 0,
                '& dd': { mb: { xs: 1, sm: 0 } },
              }}
            >
              {sameDay ? (
                <>
                  <Fact label={t('sessions.session.date')}>{formatDay(startDay, locale)}</Fact>
                  <Fact label={t('sessions.session.time')}>
                    {formatTimeRange(session.startsAt, session.endsAt, timeZone)}
                  </Fact>
                </>
              ) : (
                <Fact label={t('sessions.session.date')}>
                  {formatSessionWhen(session.startsAt, session.endsAt, timeZone, locale)}
                </Fact>
              )}
              <Fact label={t('sessions.session.duration')}>
                <SessionDuration start={session.startsAt} end={session.endsAt} />
              </Fact>
              {session.trainer && <Fact label={t('sessions.session.trainer')}>{session.trainer}</Fact>}
              {session.topic && <Fact label={t('sessions.session.topic')}>{session.topic}</Fact>}
              <Fact label={t('sessions.session.place')}>
                {session.mode === 'online'
                  ? t('sessions.session.online')
                  : (session.place ?? t('sessions.modes.onsite'))}
              </Fact>
            </Box>
            {session.description && (
              <section aria-labelledby="session-about">
                <Typography id="session-about" variant="h2" gutterBottom>
                  {t('sessions.session.about')}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {session.description}
                </Typography>
              </section>
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Paper
            component="section"
            aria-label={t('sessions.session.actionsLabel')}
            sx={{ p: { xs: 2, sm: 3 } }}
          >
            <Stack spacing={2}>
              <div>
                <Typography
                  variant="h6"
                  component="p"
                  color={left === 0 ? 'error' : 'text.primary'}
                  aria-live="polite"
                  data-testid="session-seats"
                >
                  {left === 0 ? t('sessions.full') : t('sessions.session.seatsLeft', { count: left })}
                </Typography>
                <Typography variant="h6" component="p" data-testid="session-cost">
                  {t('sessions.session.cost', { count: session.creditCost })}
                </Typography>
              </div>
              <BookingPanel session={session} timeZone={timeZone} />
            </Stack>
          </Paper>
        </Grid>
      </Grid>
    </Stack>
  );
}

export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { timeZone } = useOrganization();
  const live = useSession(sessionId);

  if (live.status === 'loading') return <LoadingScreen />;
  if (live.status === 'error') {
    return (
      <Stack spacing={3}>
        <BackLink />
        <LoadErrorAlert message={t('sessions.session.loadError')} onRetry={live.reload} />
      </Stack>
    );
  }
  if (!live.session) {
    return (
      <Stack spacing={3}>
        <BackLink />
        <Alert severity="info">{t('sessions.session.notFound')}</Alert>
      </Stack>
    );
  }
  // Keyed by session: the booking panel's outcomes belong to the session they were made on.
  return <SessionDetails key={live.session.id} session={live.session} timeZone={timeZone} />;
}
