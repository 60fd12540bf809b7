// What a slot of the resource costs, each way it can be paid: euros by card, credits, or included
// in the member's plan (SPACE-2).
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../app/money.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { useFormatDuration } from '../hooks/useFormatDuration.ts';

export function ResourcePrices({ resource }: { resource: ResourceRecord }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatDuration = useFormatDuration();
  const slot = formatDuration(resource.slotMinutes);
  return (
    <Stack spacing={0.25}>
      {resource.priceCents !== undefined && (
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('spaces.prices.card', { price: formatEuros(resource.priceCents, locale), slot })}
        </Typography>
      )}
      {resource.creditCost !== undefined && (
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('spaces.prices.credits', { count: resource.creditCost, slot })}
        </Typography>
      )}
      {resource.includedInPlan && (
        <Typography variant="body2" color="success.main" sx={{ fontWeight: 600 }}>
          {t('spaces.prices.plan')}
        </Typography>
      )}
    </Stack>
  );
}
