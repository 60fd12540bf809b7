// Public landing page: what the space offers and the way in.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';

const FEATURES = ['spaces', 'sessions', 'credits'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const { displayName } = useOrganization();

  return (
    <Stack spacing={4}>
      <Box sx={{ py: { xs: 2, sm: 6 }, textAlign: { xs: 'left', sm: 'center' } }}>
        <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.5rem' } }} gutterBottom>
          {t('home.title', { name: displayName })}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 640, mx: 'auto', mb: 3 }}>
          {t('home.subtitle')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ justifyContent: 'center' }}>
          {status === 'signedIn' ? (
            <Button variant="contained" size="large" component={RouterLink} to="/account">
              {t('home.goToAccount')}
            </Button>
          ) : (
            <>
              <Button variant="contained" size="large" component={RouterLink} to="/sign-up">
                {t('nav.signUp')}
              </Button>
              <Button variant="outlined" size="large" component={RouterLink} to="/sign-in">
                {t('nav.signIn')}
              </Button>
            </>
          )}
        </Stack>
      </Box>
      <Grid container spacing={2}>
        {FEATURES.map((feature) => (
          <Grid key={feature} size={{ xs: 12, md: 4 }}>
            <Paper sx={{ p: 3, height: '100%' }}>
              <Typography variant="h3" component="h2" gutterBottom>
                {t(`home.features.${feature}.title`)}
              </Typography>
              <Typography color="text.secondary">{t(`home.features.${feature}.text`)}</Typography>
            </Paper>
          </Grid>
        ))}
      </Grid>
    </Stack>
  );
}
