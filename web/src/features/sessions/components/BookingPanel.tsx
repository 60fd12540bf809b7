// The booking side of a session page (CAPS-2, CAPS-3, CAPS-4, CAPS-6): the member's balance, then
// what they can do now (sign in, book, buy credits, join the waiting list, open the course,
// cancel), decided by sessionPanelState from live data. Outcomes of the member's own actions stay
// on screen as alerts until they leave the page.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import type { FromState } from '../../../app/auth/guards.tsx';
import { formatDateTime } from '../../../app/dates.ts';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { callBookSession } from '../../../lib/firebase/callables.ts';
import type { SessionRecord } from '../../../lib/firebase/sessions.ts';
import { useWalletBalance } from '../../credits/hooks/useWalletBalance.ts';
import { cancelPolicy, sessionPanelState } from '../bookingState.ts';
import { useCancellationWindow } from '../hooks/useCancellationWindow.ts';
import { useMySessionBooking } from '../hooks/useMySessionBooking.ts';
import { useNow } from '../hooks/useNow.ts';
import { useWaitlistEntry } from '../hooks/useWaitlistEntry.ts';
import { sessionErrorKey, type SessionErrorKey } from '../sessionErrors.ts';
import { CancelBookingControl } from './CancelBookingControl.tsx';
import { InsufficientCreditsAlert } from './InsufficientCreditsAlert.tsx';
import { LmsLinkButton } from './LmsLinkButton.tsx';
import { SessionErrorAlert } from './SessionErrorAlert.tsx';
import { WaitlistPanel } from './WaitlistPanel.tsx';

type Outcome = { kind: 'booked' } | { kind: 'cancelled'; refundedCredits: number } | null;

export function BookingPanel(props: { session: SessionRecord; timeZone: string }) {
  const { t } = useTranslation();
  const { session, timeZone } = props;
  const location = useLocation();
  const auth = useAuth();
  const uid = auth.session?.uid ?? null;
  const now = useNow();
  const windowHours = useCancellationWindow();
  const wallet = useWalletBalance(uid);
  const mine = useMySessionBooking(uid, session.id);
  const waitlist = useWaitlistEntry(session.id, uid);

  const [confirming, setConfirming] = useState<SessionRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SessionErrorKey | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (auth.status === 'loading') return <CircularProgress aria-label={t('common.loading')} />;

  const signedIn = auth.status === 'signedIn';
  const balance = signedIn && wallet.status === 'ready' ? wallet.balance : null;
  const state = sessionPanelState({
    session,
    now,
    signedIn,
    // A booking that could not be read counts as none: the server refuses a second booking anyway.
    booking: mine.status === 'error' ? null : mine.booking,
    // An unreadable balance does not block booking: the server checks it and answers
    // insufficient-credits if need be.
    balance: wallet.status === 'error' ? session.creditCost : balance,
  });
  const deadline = formatDateTime(cancelPolicy(session.startsAt, windowHours, now).deadline, timeZone);
  const signInState: FromState = { from: `${location.pathname}${location.search}` };

  const book = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      await callBookSession({ sessionId: session.id });
      setOutcome({ kind: 'booked' });
    } catch (caught) {
      setError(sessionErrorKey(caught));
    } finally {
      setConfirming(null);
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      {signedIn && (
        <Typography sx={{ fontWeight: 600 }} aria-live="polite" data-testid="session-balance">
          {wallet.status === 'ready'
            ? t('sessions.session.balance', { count: wallet.balance })
            : wallet.status === 'error'
              ? t('sessions.session.balanceError')
              : t('sessions.session.balanceLoading')}
        </Typography>
      )}
      {mine.status === 'error' && (
        <LoadErrorAlert message={t('sessions.session.bookingLoadError')} onRetry={mine.reload} />
      )}

      {outcome?.kind === 'booked' && (
        <Alert severity="success" role="status" onClose={() => setOutcome(null)}>
          <AlertTitle>{t('sessions.booking.confirmed')}</AlertTitle>
          {t('sessions.booking.confirmedText')}
        </Alert>
      )}
      {outcome?.kind === 'cancelled' && (
        <Alert severity="success" role="status" onClose={() => setOutcome(null)}>
          {t('sessions.booking.cancelled', { count: outcome.refundedCredits })}
        </Alert>
      )}
      {error === 'insufficientCredits' ? (
        state.kind !== 'insufficient' && (
          <InsufficientCreditsAlert
            sessionId={session.id}
            missing={balance === null ? null : session.creditCost - balance}
          />
        )
      ) : (
        <SessionErrorAlert error={error} />
      )}

      {state.kind === 'loading' && <CircularProgress aria-label={t('common.loading')} />}

      {state.kind === 'cancelled' && (
        <Alert severity="warning">
          <AlertTitle>{t('sessions.booking.sessionCancelled')}</AlertTitle>
          {session.cancelReason &&
            t('sessions.booking.sessionCancelledReason', { reason: session.cancelReason })}
          {mine.booking?.status === 'cancelled' && mine.booking.refundedCredits !== null && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('sessions.booking.cancelled', { count: mine.booking.refundedCredits })}
            </Typography>
          )}
        </Alert>
      )}

      {state.kind === 'booked' && mine.booking && (
        <>
          <Alert severity="success">{t('sessions.booking.booked')}</Alert>
          {state.started && <Alert severity="info">{t('sessions.booking.started')}</Alert>}
          <LmsLinkButton sessionId={session.id} bookingKey={`${mine.booking.id}:${mine.booking.attempt}`} />
          <CancelBookingControl
            booking={mine.booking}
            title={session.title}
            windowHours={windowHours}
            now={now}
            timeZone={timeZone}
            onCancelled={(refundedCredits) => setOutcome({ kind: 'cancelled', refundedCredits })}
          />
        </>
      )}

      {state.kind === 'started' && <Alert severity="info">{t('sessions.booking.started')}</Alert>}
      {state.kind === 'closed' && <Alert severity="info">{t('sessions.booking.closed')}</Alert>}

      {state.kind === 'signedOut' && (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('sessions.booking.signInHint')}
          </Typography>
          <Button variant="contained" component={RouterLink} to="/sign-in" state={signInState}>
            {t('sessions.booking.signInToBook')}
          </Button>
        </>
      )}

      {state.kind === 'insufficient' && (
        <InsufficientCreditsAlert sessionId={session.id} missing={state.missing} />
      )}

      {state.kind === 'bookable' && (
        <>
          <Button
            variant="contained"
            size="large"
            loading={busy}
            onClick={() => {
              setError(null);
              setConfirming(session);
            }}
          >
            {t('sessions.booking.book', { count: session.creditCost })}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {t('sessions.booking.policy', { deadline })}
          </Typography>
        </>
      )}

      {signedIn &&
        (state.kind === 'full' ||
          (waitlist.onList &&
            state.kind !== 'booked' &&
            state.kind !== 'cancelled' &&
            state.kind !== 'started')) && (
          <WaitlistPanel session={session} onList={waitlist.onList} balance={balance} />
        )}

      <ConfirmDialog
        item={confirming}
        busy={busy}
        idPrefix="book-session"
        title={t('sessions.booking.confirmTitle')}
        text={(item) =>
          t('sessions.booking.confirmText', { title: item.title, count: item.creditCost, deadline })
        }
        confirmLabel={t('sessions.booking.confirmAction')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void book()}
      />
    </Stack>
  );
}
