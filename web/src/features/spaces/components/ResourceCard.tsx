// One resource in the list of /spaces (SPACE-1): its kind, capacity, slot length, amenities and
// prices, and the way to its slots.
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { useFormatDuration } from '../hooks/useFormatDuration.ts';
import { ResourceKindIcon } from './ResourceKindIcon.tsx';
import { ResourcePrices } from './ResourcePrices.tsx';

export function ResourceCard({ resource }: { resource: ResourceRecord }) {
  const { t } = useTranslation();
  const formatDuration = useFormatDuration();
  const titleId = `resource-${resource.id}-title`;
  const to = `/spaces/${encodeURIComponent(resource.id)}`;
  return (
    <Paper
      component="li"
      variant="outlined"
      aria-labelledby={titleId}
      data-testid={`resource-${resource.id}`}
      sx={{ p: { xs: 2, sm: 2.5 }, height: '100%' }}
    >
      <Stack spacing={1.25} sx={{ height: '100%' }}>
        {resource.photos[0]?.url && (
          // The first photo, served by its token URL (the function resized it to at most 1600 px).
          <img
            src={resource.photos[0].url}
            alt=""
            loading="lazy"
            width={resource.photos[0].width}
            height={resource.photos[0].height}
            style={{
              width: '100%',
              height: 'auto',
              aspectRatio: '3 / 2',
              objectFit: 'cover',
              borderRadius: 4,
            }}
          />
        )}
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <ResourceKindIcon kind={resource.kind} color="primary" fontSize="large" />
          <div>
            <Typography id={titleId} variant="h3" component="h2">
              <Link component={RouterLink} to={to} underline="hover">
                {resource.name}
              </Link>
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t(`spaces.kinds.${resource.kind}`)}
            </Typography>
          </div>
        </Stack>
        <Typography variant="body2">
          {[
            t('spaces.capacity', { count: resource.capacity }),
            t('spaces.slotLength', { duration: formatDuration(resource.slotMinutes) }),
          ].join(' · ')}
        </Typography>
        {resource.amenities.length > 0 && (
          <Stack
            direction="row"
            useFlexGap
            component="ul"
            aria-label={t('spaces.resource.amenities')}
            sx={{ flexWrap: 'wrap', gap: 0.5, listStyle: 'none', p: 0, m: 0 }}
          >
            {resource.amenities.map((amenity) => (
              <li key={amenity}>
                <Chip size="small" label={amenity} />
              </li>
            ))}
          </Stack>
        )}
        <ResourcePrices resource={resource} />
        <Stack sx={{ flexGrow: 1, justifyContent: 'flex-end', alignItems: 'flex-start' }}>
          <Button variant="contained" component={RouterLink} to={to}>
            {t('spaces.list.see')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
