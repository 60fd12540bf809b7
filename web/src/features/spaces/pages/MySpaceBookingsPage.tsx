// /account/space-bookings ("Mes réservations d’espaces", SPACE-6): the member's space bookings, live,
// upcoming first then the history; upcoming confirmed ones can be cancelled (credits refunded within
// the cancellation window) or moved to another time of the same resource.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { useCancellationWindow } from '../../sessions/hooks/useCancellationWindow.ts';
import { useNow } from '../../sessions/hooks/useNow.ts';
import { MoveSpaceBookingDialog } from '../components/MoveSpaceBookingDialog.tsx';
import { SpaceBookingsTable } from '../components/SpaceBookingsTable.tsx';
import { useMySpaceBookings } from '../hooks/useMySpaceBookings.ts';
import { useResources } from '../hooks/useResources.ts';
import { groupSpaceBookings } from '../spaceBookings.ts';

type Outcome = { kind: 'cancelled'; refundedCredits: number } | { kind: 'moved'; when: string } | null;

function MySpaceBookings({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const now = useNow();
  const windowHours = useCancellationWindow();
  const live = useMySpaceBookings(uid);
  const resources = useResources();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [moving, setMoving] = useState<SpaceBookingRecord | null>(null);

  if (live.status === 'loading') return <LoadingScreen />;
  if (live.status === 'error') {
    return <LoadErrorAlert message={t('spaces.myBookings.loadError')} onRetry={live.reload} />;
  }
  const groups = groupSpaceBookings(live.bookings, now);
  const names = new Map(resources.resources.map((resource) => [resource.id, resource.name]));
  const common = { names, now, windowHours, timeZone, onMove: setMoving } as const;
  const onCancelled = (refundedCredits: number) => setOutcome({ kind: 'cancelled', refundedCredits });

  return (
    <Stack spacing={3}>
      {outcome && (
        <Alert
          severity="success"
          role="status"
          onClose={() => setOutcome(null)}
          data-testid="space-bookings-outcome"
        >
          {outcome.kind === 'moved'
            ? t('spaces.move.done', { when: outcome.when })
            : outcome.refundedCredits > 0
              ? t('spaces.cancel.doneRefunded', { count: outcome.refundedCredits })
              : t('spaces.cancel.done')}
        </Alert>
      )}
      <section aria-labelledby="space-bookings-upcoming">
        <Typography id="space-bookings-upcoming" variant="h2" gutterBottom>
          {t('spaces.myBookings.upcoming')}
        </Typography>
        {groups.upcoming.length === 0 ? (
          <Stack spacing={2} sx={{ py: 2, alignItems: 'flex-start' }}>
            <Typography color="text.secondary">{t('spaces.myBookings.emptyUpcoming')}</Typography>
            <Button variant="contained" component={RouterLink} to="/spaces">
              {t('spaces.myBookings.browse')}
            </Button>
          </Stack>
        ) : (
          <SpaceBookingsTable
            label={t('spaces.myBookings.upcoming')}
            bookings={groups.upcoming}
            withActions
            onCancelled={onCancelled}
            {...common}
          />
        )}
      </section>
      <section aria-labelledby="space-bookings-history">
        <Typography id="space-bookings-history" variant="h2" gutterBottom>
          {t('spaces.myBookings.history')}
        </Typography>
        {groups.history.length === 0 ? (
          <Typography color="text.secondary">{t('spaces.myBookings.emptyHistory')}</Typography>
        ) : (
          <SpaceBookingsTable
            label={t('spaces.myBookings.history')}
            bookings={groups.history}
            withActions={false}
            onCancelled={onCancelled}
            {...common}
          />
        )}
      </section>
      <MoveSpaceBookingDialog
        booking={moving}
        timeZone={timeZone}
        onClose={() => setMoving(null)}
        onMoved={(when) => {
          setMoving(null);
          setOutcome({ kind: 'moved', when });
        }}
      />
    </Stack>
  );
}

export function MySpaceBookingsPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  if (!session) return <LoadingScreen />;
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('spaces.myBookings.title')}
        </Typography>
        <Typography color="text.secondary">{t('spaces.myBookings.intro')}</Typography>
      </div>
      <MySpaceBookings key={session.uid} uid={session.uid} />
    </Stack>
  );
}
