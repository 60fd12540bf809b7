// /shop ("Boutique", CR-1, CR-2, CR-4): the credit packs, then the subscriptions, on sale. Buying
// creates the order on the server (createCheckout computes the amount) and goes to the payment
// page it answers: Stripe Checkout, or the local demo checkout in demo mode. Signed-out visitors
// see the catalogue and are sent to sign in first, then brought back here. `?returnTo=` (an app
// path, e.g. the session a member could not afford, CAPS-3) travels with the order so the member
// can pick up from there once paid.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import type { FromState } from '../../../app/auth/guards.tsx';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { callCreateCheckout } from '../../../lib/firebase/callables.ts';
import type { ProductRecord } from '../../../lib/firebase/shop.ts';
import { ProductCard } from '../components/ProductCard.tsx';
import { useShopProducts } from '../hooks/useShopProducts.ts';
import { paymentErrorKey, type PaymentErrorKey } from '../paymentErrors.ts';
import { checkoutTarget, safeReturnTo } from '../shop.ts';

function ProductGrid(props: {
  title: string;
  products: ProductRecord[];
  pendingId: string | null;
  disabled: boolean;
  error: { productId: string; key: PaymentErrorKey } | null;
  onBuy: (product: ProductRecord, quantity: number) => void;
}) {
  if (props.products.length === 0) return null;
  return (
    <Stack component="section" spacing={2} aria-label={props.title}>
      <Typography variant="h2">{props.title}</Typography>
      <Grid container spacing={2}>
        {props.products.map((product) => (
          <Grid key={product.id} size={{ xs: 12, sm: 6, md: 4 }}>
            <ProductCard
              product={product}
              busy={props.pendingId === product.id}
              disabled={props.disabled || (props.pendingId !== null && props.pendingId !== product.id)}
              error={props.error?.productId === product.id ? props.error.key : null}
              onBuy={(quantity) => props.onBuy(product, quantity)}
            />
          </Grid>
        ))}
      </Grid>
    </Stack>
  );
}

export function ShopPage() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const shop = useShopProducts();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [error, setError] = useState<{ productId: string; key: PaymentErrorKey } | null>(null);
  const signInState: FromState = { from: `${location.pathname}${location.search}` };

  const buy = async (product: ProductRecord, quantity: number) => {
    if (status !== 'signedIn') {
      await navigate('/sign-in', { state: signInState });
      return;
    }
    setPendingId(product.id);
    setError(null);
    try {
      const { url } = await callCreateCheckout({
        productId: product.id,
        quantity: product.kind === 'credit-pack' ? quantity : undefined,
        returnTo,
      });
      const target = checkoutTarget(url, window.location.origin);
      if (target.kind === 'app') {
        await navigate(target.path);
      } else {
        // Stripe's hosted page: the button stays busy until the browser leaves.
        window.location.assign(target.url);
      }
    } catch (caught) {
      setError({ productId: product.id, key: paymentErrorKey(caught) });
      setPendingId(null);
    }
  };

  const packs = shop.products.filter((p) => p.kind === 'credit-pack');
  const subscriptions = shop.products.filter((p) => p.kind === 'subscription');

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('credits.shop.title')}
        </Typography>
        <Typography color="text.secondary">{t('credits.shop.intro')}</Typography>
      </div>

      {status === 'signedOut' && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" component={RouterLink} to="/sign-in" state={signInState}>
              {t('nav.signIn')}
            </Button>
          }
        >
          {t('credits.shop.signInFirst')}
        </Alert>
      )}
      {returnTo && <Alert severity="info">{t('credits.shop.returnNotice')}</Alert>}

      {shop.status === 'loading' && <LoadingScreen />}
      {shop.status === 'error' && (
        <LoadErrorAlert message={t('credits.shop.loadError')} onRetry={shop.reload} />
      )}
      {shop.status === 'ready' && shop.products.length === 0 && (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
          {t('credits.shop.empty')}
        </Typography>
      )}
      {shop.status === 'ready' && (
        <>
          <ProductGrid
            title={t('credits.shop.packsTitle')}
            products={packs}
            pendingId={pendingId}
            disabled={status === 'loading'}
            error={error}
            onBuy={(product, quantity) => void buy(product, quantity)}
          />
          <ProductGrid
            title={t('credits.shop.subscriptionsTitle')}
            products={subscriptions}
            pendingId={pendingId}
            disabled={status === 'loading'}
            error={error}
            onBuy={(product, quantity) => void buy(product, quantity)}
          />
        </>
      )}
    </Stack>
  );
}
