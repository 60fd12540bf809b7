// /spaces/:resourceId (SPACE-2): one resource, its slots for a day or a week computed live from the
// seats held and blocks (a slot taken anywhere turns "Complet" here without a reload), and the
// booking panel for the slot the member picks. The day and view live in the address.
import { useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import type { SlotAvailability } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { useNow } from '../../sessions/hooks/useNow.ts';
import { dayOf } from '../../sessions/time.ts';
import { ResourceKindIcon } from '../components/ResourceKindIcon.tsx';
import { ResourcePrices } from '../components/ResourcePrices.tsx';
import { SlotPicker } from '../components/SlotPicker.tsx';
import { SpaceBookingPanel } from '../components/SpaceBookingPanel.tsx';
import { useFormatDuration } from '../hooks/useFormatDuration.ts';
import { useResource } from '../hooks/useResource.ts';
import { useSlotAvailability } from '../hooks/useSlotAvailability.ts';
import { nextSelection, resolveSelection, type SlotSelection } from '../selection.ts';
import { dayBounds, parseSlotParams, slotParams, viewDays, type SlotViewState } from '../views.ts';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Box>
      <Button component={RouterLink} to="/spaces" startIcon={<ArrowBack aria-hidden />}>
        {t('spaces.resource.back')}
      </Button>
    </Box>
  );
}

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {props.label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {props.children}
      </Typography>
    </>
  );
}

function ResourceHeader({ resource }: { resource: ResourceRecord }) {
  const { t } = useTranslation();
  const formatDuration = useFormatDuration();
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <ResourceKindIcon kind={resource.kind} color="primary" fontSize="large" />
        <div>
          <Typography variant="h1">{resource.name}</Typography>
          <Typography color="text.secondary">{t(`spaces.kinds.${resource.kind}`)}</Typography>
        </div>
      </Stack>
      <Box
        component="dl"
        aria-label={t('spaces.resource.detailsLabel')}
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 3,
          rowGap: { xs: 0.25, sm: 1 },
          m: 0,
        }}
      >
        <Fact label={t('spaces.resource.capacity')}>
          {t('spaces.capacity', { count: resource.capacity })}
        </Fact>
        <Fact label={t('spaces.resource.slot')}>{formatDuration(resource.slotMinutes)}</Fact>
        <Fact label={t('spaces.resource.prices')}>
          <ResourcePrices resource={resource} />
        </Fact>
        {resource.amenities.length > 0 && (
          <Fact label={t('spaces.resource.amenities')}>
            <Stack direction="row" useFlexGap component="span" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
              {resource.amenities.map((amenity) => (
                <Chip key={amenity} size="small" label={amenity} />
              ))}
            </Stack>
          </Fact>
        )}
      </Box>
      {resource.description && (
        <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {resource.description}
        </Typography>
      )}
    </Stack>
  );
}

function ResourceBooking({ resource, timeZone }: { resource: ResourceRecord; timeZone: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const today = dayOf(now, timeZone);
  const bounds = dayBounds(today, resource.bookingWindowDays);
  const [params, setParams] = useSearchParams();
  const state = parseSlotParams(params, bounds);
  const days = viewDays(state.date, state.view);
  const live = useSlotAvailability({ resource, timeZone, now, days });
  const [selection, setSelection] = useState<SlotSelection | null>(null);

  const startSlot = selection ? live.slots.find((slot) => slot.start === selection.start) : undefined;
  const covered = useMemo(() => {
    if (!live.context || !selection) return new Set<string>();
    return new Set(resolveSelection(live.context, selection, startSlot)?.covered ?? []);
  }, [live.context, selection, startSlot]);

  // Replace rather than push: stepping through days is not a page of its own in the history.
  const changeView = (next: SlotViewState) => {
    setParams(slotParams(next, bounds), { replace: true, flushSync: true });
    // A pick whose day leaves the screen is dropped: its slots would no longer be watched.
    if (selection && !viewDays(next.date, next.view).includes(selection.localDate)) setSelection(null);
  };

  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 8 }}>
        <SlotPicker
          state={state}
          bounds={bounds}
          idPrefix="space"
          today={today}
          capacity={resource.capacity}
          status={live.status}
          slots={live.slots}
          selected={covered}
          onStateChange={changeView}
          onSelect={(slot: SlotAvailability) => setSelection(nextSelection(live.context, selection, slot))}
          onRetry={live.reload}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Paper
          component="section"
          aria-label={t('spaces.booking.title')}
          sx={{ p: { xs: 2, sm: 3 }, position: { md: 'sticky' }, top: { md: 16 } }}
        >
          <SpaceBookingPanel
            resource={resource}
            timeZone={timeZone}
            context={live.context}
            selection={selection}
            startSlot={startSlot}
            onSelectionChange={setSelection}
          />
        </Paper>
      </Grid>
    </Grid>
  );
}

export function SpacePage() {
  const { t } = useTranslation();
  const { resourceId = '' } = useParams();
  const { timeZone } = useOrganization();
  const live = useResource(resourceId);

  if (live.status === 'loading') return <LoadingScreen />;
  if (live.status === 'error') {
    return (
      <Stack spacing={3}>
        <BackLink />
        <LoadErrorAlert message={t('spaces.resource.loadError')} onRetry={live.reload} />
      </Stack>
    );
  }
  if (!live.resource?.active) {
    return (
      <Stack spacing={3}>
        <BackLink />
        <Alert severity="info">{t('spaces.resource.notFound')}</Alert>
      </Stack>
    );
  }
  return (
    <Stack spacing={3}>
      <BackLink />
      <ResourceHeader resource={live.resource} />
      {/* Keyed by resource: a pick belongs to the resource it was made on. */}
      <ResourceBooking key={live.resource.id} resource={live.resource} timeZone={timeZone} />
    </Stack>
  );
}
