// Router error boundary: a failed lazy chunk (new deployment) or a render error.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', py: 8, px: 2 }} role="alert">
      <Typography variant="h1">{t('errors.route.genericTitle')}</Typography>
      <Typography color="text.secondary">{t('errors.route.genericText')}</Typography>
      <Button variant="contained" onClick={() => window.location.assign('/')}>
        {t('errors.route.reload')}
      </Button>
    </Stack>
  );
}
