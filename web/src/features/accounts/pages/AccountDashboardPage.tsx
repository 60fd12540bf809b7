// /account ("Mon espace"): greeting, what is missing before paid actions (ACC-2), the credit balance
// (CR-5), the next booked training sessions (CAPS) and entry points.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isProfileComplete } from '@agora/domain';
import { useAuth } from '../../../app/auth/authContext.ts';
import { ADMIN_AREA_ROLES, hasRole } from '../../../app/auth/permissions.ts';
import { CreditsDashboardCard } from '../../credits/components/CreditsDashboardCard.tsx';
import { UpcomingSessionsCard } from '../../sessions/components/UpcomingSessionsCard.tsx';

function DashboardCard(props: { title: string; text: string; action?: { label: string; to: string } }) {
  return (
    <Card sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h3" component="h2" gutterBottom>
          {props.title}
        </Typography>
        <Typography color="text.secondary">{props.text}</Typography>
      </CardContent>
      {props.action && (
        <CardActions>
          <Button component={RouterLink} to={props.action.to}>
            {props.action.label}
          </Button>
        </CardActions>
      )}
    </Card>
  );
}

export function AccountDashboardPage() {
  const { t } = useTranslation();
  const { session, user, userStatus, role } = useAuth();
  const firstName = user?.data.firstName;
  const emailVerified = session?.emailVerified ?? false;
  const profileIncomplete = userStatus === 'ready' && !isProfileComplete(user?.raw);

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {firstName ? t('dashboard.greeting', { name: firstName }) : t('dashboard.greetingNoName')}
        </Typography>
        <Typography color="text.secondary">{t('dashboard.intro')}</Typography>
      </div>

      {!emailVerified && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" component={RouterLink} to="/verify-email">
              {t('dashboard.verifyEmailAction')}
            </Button>
          }
        >
          {t('dashboard.emailNotVerified')}
        </Alert>
      )}
      {profileIncomplete && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" component={RouterLink} to="/account/profile">
              {t('dashboard.completeProfileAction')}
            </Button>
          }
        >
          {t('dashboard.profileIncomplete')}
        </Alert>
      )}
      {(!emailVerified || profileIncomplete) && (
        <Typography variant="body2" color="text.secondary">
          {t('dashboard.paidActionsNeed')}
        </Typography>
      )}

      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <DashboardCard
            title={t('dashboard.cards.profileTitle')}
            text={t('dashboard.cards.profileText')}
            action={{ label: t('dashboard.cards.profileAction'), to: '/account/profile' }}
          />
        </Grid>
        {session && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <CreditsDashboardCard uid={session.uid} />
          </Grid>
        )}
        {session && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <UpcomingSessionsCard uid={session.uid} />
          </Grid>
        )}
        {hasRole(role, ADMIN_AREA_ROLES) && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <DashboardCard
              title={t('dashboard.cards.adminTitle')}
              text={t('dashboard.cards.adminText')}
              action={{ label: t('dashboard.cards.adminAction'), to: '/admin' }}
            />
          </Grid>
        )}
      </Grid>
    </Stack>
  );
}
