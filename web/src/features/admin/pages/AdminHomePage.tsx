// /admin landing: the staff member's role and links to the tools it opens.
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import {
  BILLING_ROLES,
  hasRole,
  MEMBER_MANAGEMENT_ROLES,
  MESSAGE_RESEND_ROLES,
  MESSAGES_ROLES,
  PRODUCT_ROLES,
} from '../../../app/auth/permissions.ts';
import { RoleChip } from '../../accounts/components/RoleChip.tsx';

export function AdminHomePage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('admin.home.title')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography color="text.secondary">{t('admin.home.yourRole')}</Typography>
          <RoleChip role={role} />
        </Stack>
      </div>
      <Grid container spacing={2}>
        {hasRole(role, MEMBER_MANAGEMENT_ROLES) && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <Card sx={{ height: '100%' }}>
              <CardContent>
                <Typography variant="h3" component="h2" gutterBottom>
                  {t('admin.home.membersTitle')}
                </Typography>
                <Typography color="text.secondary">
                  {role === 'admin' ? t('admin.home.membersTextAdmin') : t('admin.home.membersText')}
                </Typography>
              </CardContent>
              <CardActions>
                <Button component={RouterLink} to="/admin/members">
                  {t('admin.home.membersAction')}
                </Button>
              </CardActions>
            </Card>
          </Grid>
        )}
        {hasRole(role, MESSAGES_ROLES) && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <Card sx={{ height: '100%' }}>
              <CardContent>
                <Typography variant="h3" component="h2" gutterBottom>
                  {t('admin.home.messagesTitle')}
                </Typography>
                <Typography color="text.secondary">
                  {hasRole(role, MESSAGE_RESEND_ROLES)
                    ? t('admin.home.messagesText')
                    : t('admin.home.messagesTextReadOnly')}
                </Typography>
              </CardContent>
              <CardActions>
                <Button component={RouterLink} to="/admin/messages">
                  {t('admin.home.messagesAction')}
                </Button>
              </CardActions>
            </Card>
          </Grid>
        )}
        {hasRole(role, BILLING_ROLES) && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <Card sx={{ height: '100%' }}>
              <CardContent>
                <Typography variant="h3" component="h2" gutterBottom>
                  {t('billing.home.title')}
                </Typography>
                <Typography color="text.secondary">
                  {hasRole(role, PRODUCT_ROLES) ? t('billing.home.textAdmin') : t('billing.home.text')}
                </Typography>
              </CardContent>
              <CardActions>
                <Button component={RouterLink} to="/admin/orders">
                  {t('billing.home.action')}
                </Button>
              </CardActions>
            </Card>
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h3" component="h2" gutterBottom>
                {t('admin.home.moreTitle')}
              </Typography>
              <Typography color="text.secondary">{t('admin.home.moreText')}</Typography>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Stack>
  );
}
