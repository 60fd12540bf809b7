// /account/subscription ("Mon abonnement", CR-4): the member's subscriptions, live, with what each
// gives and costs, when it renews or ends, and the member's controls: stop the renewal at the end of
// the period (after a confirmation), or resume it. In demo mode the member can also play Stripe
// renewing the subscription, which grants the next period's credits.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { formatDateTime } from '../../../app/dates.ts';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { formatEuros } from '../../../app/money.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { callDemoPayments, callManageSubscription } from '../../../lib/firebase/callables.ts';
import type { SubscriptionRecord } from '../../../lib/firebase/shop.ts';
import { SubscriptionStatusChip } from '../components/SubscriptionStatusChip.tsx';
import { useMySubscriptions } from '../hooks/useMySubscriptions.ts';
import { paymentErrorKey } from '../paymentErrors.ts';
import { subscriptionActions, subscriptionDateLine } from '../subscriptions.ts';

type Busy = { id: string; action: 'cancel' | 'resume' | 'renew' } | null;

function SubscriptionCard(props: {
  subscription: SubscriptionRecord;
  timeZone: string;
  busy: Busy;
  onCancel: () => void;
  onResume: () => void;
  onRenew: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { subscription, busy } = props;
  const actions = subscriptionActions(subscription);
  const dateLine = subscriptionDateLine(subscription);
  const amount = formatEuros(subscription.amountCents, locale);
  const mine = busy?.id === subscription.id;
  const titleId = `subscription-${subscription.id}`;

  return (
    <Card component="article" aria-labelledby={titleId} data-testid={titleId}>
      <CardContent>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <Typography id={titleId} variant="h2" component="h2" sx={{ mr: 1 }}>
              {subscription.productName || '—'}
            </Typography>
            <SubscriptionStatusChip subscription={subscription} />
          </Stack>
          <Typography sx={{ fontWeight: 600 }}>
            {subscription.interval
              ? t(`credits.creditsPer.${subscription.interval}`, { count: subscription.creditsPerPeriod })
              : t('credits.count', { count: subscription.creditsPerPeriod })}
          </Typography>
          <Typography>
            {subscription.interval ? t(`credits.amountPer.${subscription.interval}`, { amount }) : amount}
          </Typography>
          {dateLine && (
            <Typography color="text.secondary">
              {t(`credits.subscription.${dateLine.kind}`, {
                date: formatDateTime(dateLine.date, props.timeZone),
              })}
            </Typography>
          )}
          {subscription.cancelAtPeriodEnd && actions.resume && (
            <Alert severity="info">{t('credits.subscription.cancelPlanned')}</Alert>
          )}
          {subscription.status === 'past_due' && (
            <Alert severity="warning">{t('credits.subscription.pastDue')}</Alert>
          )}
        </Stack>
      </CardContent>
      {(actions.cancel || actions.resume || actions.renewDemo) && (
        <CardActions disableSpacing sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
          {actions.resume && (
            <Button
              variant="contained"
              loading={mine && busy.action === 'resume'}
              disabled={busy !== null}
              onClick={props.onResume}
            >
              {t('credits.subscription.resume')}
            </Button>
          )}
          {actions.cancel && (
            <Button variant="outlined" color="error" disabled={busy !== null} onClick={props.onCancel}>
              {t('credits.subscription.cancel')}
            </Button>
          )}
          {actions.renewDemo && (
            <Button
              variant="outlined"
              loading={mine && busy.action === 'renew'}
              disabled={busy !== null}
              onClick={props.onRenew}
            >
              {t('credits.subscription.renewDemo')}
            </Button>
          )}
        </CardActions>
      )}
    </Card>
  );
}

function SubscriptionList({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const list = useMySubscriptions(uid);
  const [confirming, setConfirming] = useState<SubscriptionRecord | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const run = async (
    subscription: SubscriptionRecord,
    action: 'cancel' | 'resume' | 'renew',
    done: 'cancelled' | 'resumed' | 'renewed',
  ) => {
    setBusy({ id: subscription.id, action });
    try {
      if (action === 'renew') {
        await callDemoPayments({ action: 'renew', subscriptionId: subscription.id });
      } else {
        await callManageSubscription({ subscriptionId: subscription.id, action });
      }
      setNotice({ severity: 'success', message: t(`credits.subscription.${done}`) });
    } catch (error) {
      setNotice({ severity: 'error', message: t(`credits.errors.${paymentErrorKey(error)}`) });
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  };

  if (list.status === 'loading') return <LoadingScreen />;
  if (list.status === 'error') {
    return <LoadErrorAlert message={t('credits.subscription.loadError')} onRetry={list.reload} />;
  }

  return (
    <Stack spacing={2}>
      {list.subscriptions.length === 0 && (
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Typography color="text.secondary">{t('credits.subscription.empty')}</Typography>
          <Button variant="contained" component={RouterLink} to="/shop">
            {t('credits.subscription.seeOffers')}
          </Button>
        </Stack>
      )}
      {list.subscriptions.map((subscription) => (
        <SubscriptionCard
          key={subscription.id}
          subscription={subscription}
          timeZone={timeZone}
          busy={busy}
          onCancel={() => setConfirming(subscription)}
          onResume={() => void run(subscription, 'resume', 'resumed')}
          onRenew={() => void run(subscription, 'renew', 'renewed')}
        />
      ))}
      <ConfirmDialog
        item={confirming}
        busy={busy?.action === 'cancel'}
        idPrefix="cancel-subscription"
        title={t('credits.subscription.confirmTitle')}
        text={(subscription) =>
          subscription.currentPeriodEnd
            ? t('credits.subscription.confirmText', {
                name: subscription.productName,
                date: formatDateTime(subscription.currentPeriodEnd, timeZone),
              })
            : t('credits.subscription.confirmTextNoDate', { name: subscription.productName })
        }
        confirmLabel={t('credits.subscription.cancel')}
        onCancel={() => setConfirming(null)}
        onConfirm={(subscription) => void run(subscription, 'cancel', 'cancelled')}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}

export function SubscriptionPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  if (!session) return <LoadingScreen />;
  return (
    <Stack spacing={3} sx={{ maxWidth: 860 }}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('credits.subscription.title')}
        </Typography>
        <Typography color="text.secondary">{t('credits.subscription.intro')}</Typography>
      </div>
      <SubscriptionList key={session.uid} uid={session.uid} />
    </Stack>
  );
}
