// /spaces ("Espaces", SPACE-1): the active resources members may book, live, each as a card leading
// to its slots.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { ResourceCard } from '../components/ResourceCard.tsx';
import { useResources } from '../hooks/useResources.ts';

export function SpacesPage() {
  const { t } = useTranslation();
  const live = useResources();
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('spaces.list.title')}
        </Typography>
        <Typography color="text.secondary">{t('spaces.list.intro')}</Typography>
      </div>
      {live.status === 'loading' && <LoadingScreen />}
      {live.status === 'error' && (
        <LoadErrorAlert message={t('spaces.list.loadError')} onRetry={live.reload} />
      )}
      {live.status === 'ready' && live.resources.length === 0 && (
        <Alert severity="info">{t('spaces.list.empty')}</Alert>
      )}
      {live.resources.length > 0 && (
        <Box
          component="ul"
          aria-label={t('spaces.list.label')}
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: {
              xs: '1fr',
              sm: 'repeat(2, minmax(0, 1fr))',
              lg: 'repeat(3, minmax(0, 1fr))',
            },
            listStyle: 'none',
            p: 0,
            m: 0,
          }}
        >
          {live.resources.map((resource) => (
            <ResourceCard key={resource.id} resource={resource} />
          ))}
        </Box>
      )}
    </Stack>
  );
}
