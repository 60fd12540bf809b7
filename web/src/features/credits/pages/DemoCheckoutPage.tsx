// /checkout/demo/:orderId (demo mode, signed in): stands in for Stripe's hosted checkout. The member
// picks a method and "pays"; demoPayments then makes the backend send the events Stripe would, so
// the order goes through the same webhook as a real payment. Nothing is charged.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { PAYMENT_METHODS, type PaymentMethod } from '@agora/domain';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { formatEuros } from '../../../app/money.ts';
import { callDemoPayments } from '../../../lib/firebase/callables.ts';
import { OrderSummary } from '../components/OrderSummary.tsx';
import { PaymentErrorAlert } from '../components/PaymentErrorAlert.tsx';
import { useOrder } from '../hooks/useOrder.ts';
import { demoCheckoutState, orderIdParam } from '../orders.ts';
import { paymentErrorKey, type PaymentErrorKey } from '../paymentErrors.ts';

function toMethod(value: string): PaymentMethod {
  return PAYMENT_METHODS.find((method) => method === value) ?? 'card';
}

export function DemoCheckoutPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const orderId = orderIdParam(useParams().orderId ?? null);
  const { status, order, reload } = useOrder(orderId);
  const [method, setMethod] = useState<PaymentMethod>('card');
  const [paying, setPaying] = useState(false);
  const [error, setError] = useState<PaymentErrorKey | null>(null);
  const returnPath = `/checkout/return?order=${encodeURIComponent(orderId ?? '')}`;
  const cancelPath = `/checkout/cancelled?order=${encodeURIComponent(orderId ?? '')}`;

  const pay = async () => {
    if (!orderId) return;
    setPaying(true);
    setError(null);
    try {
      await callDemoPayments({ action: 'pay', orderId, method });
      await navigate(returnPath);
    } catch (caught) {
      setError(paymentErrorKey(caught));
      setPaying(false);
    }
  };

  const header = (
    <>
      <Typography variant="h1">{t('credits.checkout.demoTitle')}</Typography>
      <Alert severity="info">{t('credits.checkout.demoNotice')}</Alert>
    </>
  );

  if (!orderId || status === 'missing') {
    return (
      <Stack spacing={3} sx={{ maxWidth: 640, mx: 'auto' }}>
        {header}
        <Alert severity="warning">{t('credits.checkout.orderNotFound')}</Alert>
        <Button component={RouterLink} to="/shop" sx={{ alignSelf: 'flex-start' }}>
          {t('credits.actions.backToShop')}
        </Button>
      </Stack>
    );
  }

  // While paying, the order may already move on: keep the form until the return page opens.
  const state = order ? demoCheckoutState(order) : null;
  const payable = state === 'payable' || paying;

  return (
    <Stack spacing={3} sx={{ maxWidth: 640, mx: 'auto' }}>
      {header}
      {status === 'loading' && <LoadingScreen />}
      {status === 'error' && <LoadErrorAlert message={t('credits.checkout.loadError')} onRetry={reload} />}
      {order && <OrderSummary order={order} />}

      {order && !payable && (
        <Alert
          severity={state === 'notDemo' ? 'warning' : 'info'}
          action={
            <Button color="inherit" size="small" component={RouterLink} to={returnPath}>
              {t('credits.checkout.viewStatus')}
            </Button>
          }
        >
          {state === 'notDemo' ? t('credits.checkout.notDemo') : t('credits.checkout.alreadySettled')}
        </Alert>
      )}

      {order && payable && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <FormControl disabled={paying}>
              <FormLabel id="demo-method-label">{t('credits.checkout.method')}</FormLabel>
              <RadioGroup
                aria-labelledby="demo-method-label"
                name="method"
                value={method}
                onChange={(event) => setMethod(toMethod(event.target.value))}
              >
                {PAYMENT_METHODS.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio />}
                    label={t(`credits.checkout.methods.${value}`)}
                  />
                ))}
              </RadioGroup>
              {method === 'sepa_debit' && <FormHelperText>{t('credits.checkout.sepaHint')}</FormHelperText>}
            </FormControl>
            <PaymentErrorAlert error={error} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <Button variant="contained" size="large" loading={paying} onClick={() => void pay()}>
                {t('credits.checkout.pay', { amount: formatEuros(order.amountCents, locale) })}
              </Button>
              <Button size="large" component={RouterLink} to={cancelPath} disabled={paying}>
                {t('credits.checkout.cancel')}
              </Button>
            </Stack>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
