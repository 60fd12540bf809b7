// /checkout/return?order=<id> (signed in): where the payment page sends the member back. The order
// is followed live: the webhook, not this page, decides it is paid (CR-3), so the page waits for it
// and then says how many credits arrived. A SEPA debit waits days for the bank; in demo mode the
// member plays the bank's answer.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { callDemoPayments } from '../../../lib/firebase/callables.ts';
import type { OrderRecord } from '../../../lib/firebase/shop.ts';
import { OrderSummary } from '../components/OrderSummary.tsx';
import { PaymentErrorAlert } from '../components/PaymentErrorAlert.tsx';
import { useOrder } from '../hooks/useOrder.ts';
import { orderIdParam, orderPhase } from '../orders.ts';
import { paymentErrorKey, type PaymentErrorKey } from '../paymentErrors.ts';
import { safeReturnTo } from '../shop.ts';

function DemoBankAnswer({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'accept' | 'refuse' | null>(null);
  const [error, setError] = useState<PaymentErrorKey | null>(null);

  const settle = async (succeeded: boolean) => {
    setBusy(succeeded ? 'accept' : 'refuse');
    setError(null);
    try {
      await callDemoPayments({ action: 'settle', orderId, succeeded });
      // The order's snapshot moves the page on; the buttons go with the pending state.
    } catch (caught) {
      setError(paymentErrorKey(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Alert severity="info" variant="outlined" data-testid="demo-bank">
      <AlertTitle>{t('credits.checkout.demoBankTitle')}</AlertTitle>
      <Stack spacing={1}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button
            variant="contained"
            color="success"
            loading={busy === 'accept'}
            disabled={busy !== null}
            onClick={() => void settle(true)}
          >
            {t('credits.checkout.simulateAccept')}
          </Button>
          <Button
            variant="outlined"
            color="error"
            loading={busy === 'refuse'}
            disabled={busy !== null}
            onClick={() => void settle(false)}
          >
            {t('credits.checkout.simulateRefuse')}
          </Button>
        </Stack>
        <PaymentErrorAlert error={error} />
      </Stack>
    </Alert>
  );
}

function OrderOutcome({ order }: { order: OrderRecord }) {
  const { t } = useTranslation();
  const phase = orderPhase(order);
  const returnTo = safeReturnTo(order.returnTo);

  switch (phase) {
    case 'confirming':
      return (
        <Stack spacing={2}>
          <Typography variant="h1">{t('credits.checkout.confirming')}</Typography>
          <LinearProgress aria-label={t('credits.checkout.confirming')} />
          <Typography color="text.secondary">{t('credits.checkout.confirmingText')}</Typography>
        </Stack>
      );
    case 'awaitingBank':
      return (
        <Stack spacing={2}>
          <Typography variant="h1">{t('credits.checkout.awaitingBankTitle')}</Typography>
          <Alert severity="info">{t('credits.checkout.awaitingBankText')}</Alert>
          {order.demo && <DemoBankAnswer orderId={order.id} />}
        </Stack>
      );
    case 'paid':
      return (
        <Stack spacing={2}>
          <Typography variant="h1">{t('credits.checkout.paid', { count: order.credits })}</Typography>
          {order.productKind === 'subscription' && (
            <Typography color="text.secondary">{t('credits.checkout.paidSubscription')}</Typography>
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            {returnTo && (
              <Button variant="contained" component={RouterLink} to={returnTo}>
                {t('credits.checkout.resume')}
              </Button>
            )}
            <Button variant={returnTo ? 'outlined' : 'contained'} component={RouterLink} to="/account/wallet">
              {t('credits.actions.viewWallet')}
            </Button>
            {order.productKind === 'subscription' && (
              <Button component={RouterLink} to="/account/subscription">
                {t('credits.actions.mySubscription')}
              </Button>
            )}
          </Stack>
        </Stack>
      );
    case 'failed':
      return (
        <Stack spacing={2}>
          <Typography variant="h1">{t('credits.checkout.failed')}</Typography>
          <Alert severity="error">{t('credits.checkout.failedText')}</Alert>
          <Button variant="contained" component={RouterLink} to="/shop" sx={{ alignSelf: 'flex-start' }}>
            {t('credits.actions.backToShop')}
          </Button>
        </Stack>
      );
    case 'refunded':
      return (
        <Stack spacing={2}>
          <Typography variant="h1">{t('credits.checkout.refunded')}</Typography>
          <Typography color="text.secondary">{t('credits.checkout.refundedText')}</Typography>
          <Button
            variant="contained"
            component={RouterLink}
            to="/account/wallet"
            sx={{ alignSelf: 'flex-start' }}
          >
            {t('credits.actions.viewWallet')}
          </Button>
        </Stack>
      );
    default:
      return (
        <Stack spacing={2}>
          <Typography variant="h1">{t('credits.checkout.returnTitle')}</Typography>
          <Typography>{t('credits.checkout.unknownStatus', { status: order.rawStatus ?? '—' })}</Typography>
        </Stack>
      );
  }
}

export function CheckoutReturnPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const orderId = orderIdParam(params.get('order'));
  const { status, order, reload } = useOrder(orderId);

  if (!orderId || status === 'missing') {
    return (
      <Stack spacing={3} sx={{ maxWidth: 720, mx: 'auto' }}>
        <Typography variant="h1">{t('credits.checkout.returnTitle')}</Typography>
        <Alert severity="warning">
          {orderId ? t('credits.checkout.orderNotFound') : t('credits.checkout.missingOrder')}
        </Alert>
        <Button component={RouterLink} to="/shop" sx={{ alignSelf: 'flex-start' }}>
          {t('credits.actions.backToShop')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack spacing={3} sx={{ maxWidth: 720, mx: 'auto' }}>
      {status === 'loading' && <LoadingScreen />}
      {status === 'error' && (
        <>
          <Typography variant="h1">{t('credits.checkout.returnTitle')}</Typography>
          <LoadErrorAlert message={t('credits.checkout.loadError')} onRetry={reload} />
        </>
      )}
      {order && (
        <>
          {/* Announced as it changes: the payment is confirmed while the member waits here. */}
          <div aria-live="polite">
            <OrderOutcome order={order} />
          </div>
          <OrderSummary order={order} />
        </>
      )}
    </Stack>
  );
}
