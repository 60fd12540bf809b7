// The "Mes crédits" card of the member's dashboard (CR-5): the live balance and the way to the
// history, the shop and the subscription.
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useWalletBalance } from '../hooks/useWalletBalance.ts';

export function CreditsDashboardCard({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const wallet = useWalletBalance(uid);
  return (
    <Card sx={{ height: '100%', display: 'flex', flexDirection: 'column' }} data-testid="credits-card">
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h3" component="h2" gutterBottom>
          {t('dashboard.cards.creditsTitle')}
        </Typography>
        <Typography
          color={wallet.status === 'ready' ? 'text.primary' : 'text.secondary'}
          sx={{ fontWeight: wallet.status === 'ready' ? 600 : undefined }}
          aria-live="polite"
        >
          {wallet.status === 'ready'
            ? t('credits.balance', { count: wallet.balance })
            : wallet.status === 'error'
              ? t('credits.balanceUnavailable')
              : t('credits.dashboard.loading')}
        </Typography>
      </CardContent>
      <CardActions disableSpacing sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        <Button component={RouterLink} to="/account/wallet">
          {t('credits.actions.viewHistory')}
        </Button>
        <Button component={RouterLink} to="/shop">
          {t('credits.actions.buyCredits')}
        </Button>
        <Button component={RouterLink} to="/account/subscription">
          {t('credits.actions.mySubscription')}
        </Button>
      </CardActions>
    </Card>
  );
}
