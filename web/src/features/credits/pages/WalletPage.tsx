// /account/wallet ("Mon portefeuille", CR-5): the live balance, the full history of the ledger and
// the member's purchases. Everything is live: a staff adjustment or a confirmed payment shows
// without a reload.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { LedgerHistory } from '../components/LedgerHistory.tsx';
import { OrdersHistory } from '../components/OrdersHistory.tsx';
import { useWalletBalance } from '../hooks/useWalletBalance.ts';

function Balance({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const wallet = useWalletBalance(uid);
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        {wallet.status === 'error' ? (
          <LoadErrorAlert message={t('credits.wallet.balanceLoadError')} onRetry={wallet.reload} />
        ) : (
          <Typography variant="h4" component="p" aria-live="polite" data-testid="wallet-balance">
            {wallet.status === 'ready'
              ? t('credits.balance', { count: wallet.balance })
              : t('common.loading')}
          </Typography>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button variant="contained" component={RouterLink} to="/shop">
            {t('credits.actions.buyCredits')}
          </Button>
          <Button component={RouterLink} to="/account/subscription">
            {t('credits.actions.mySubscription')}
          </Button>
          <Button component={RouterLink} to="/account/invoices">
            {t('invoices.mine.title')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

export function WalletPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const { timeZone } = useOrganization();
  if (!session) return <LoadingScreen />;
  return (
    <Stack spacing={4}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('credits.wallet.title')}
        </Typography>
        <Typography color="text.secondary">{t('credits.wallet.intro')}</Typography>
      </div>
      <Balance uid={session.uid} />
      <LedgerHistory key={session.uid} uid={session.uid} timeZone={timeZone} />
      <OrdersHistory key={session.uid} uid={session.uid} timeZone={timeZone} />
    </Stack>
  );
}
