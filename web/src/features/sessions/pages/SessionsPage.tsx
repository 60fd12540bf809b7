// /sessions ("Formations", CAPS-1): the public catalogue of published sessions, as a list or a
// month/week calendar, filtered by dates, topic, trainer and seats left. Live: seats left move as
// members book. The view and filters live in the address (back button, shared links).
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import CalendarMonth from '@mui/icons-material/CalendarMonth';
import ViewList from '@mui/icons-material/ViewList';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { CATALOGUE_LIMIT } from '../../../lib/firebase/sessions.ts';
import {
  CATALOGUE_VIEWS,
  catalogueParams,
  catalogueQueryRange,
  filterOptions,
  filterSessions,
  hasFilters,
  parseCatalogueParams,
  type CatalogueState,
} from '../catalogue.ts';
import { CatalogueFiltersBar } from '../components/CatalogueFiltersBar.tsx';
import { SessionCalendar } from '../components/SessionCalendar.tsx';
import { SessionList } from '../components/SessionList.tsx';
import { useCatalogue } from '../hooks/useCatalogue.ts';
import { useNow } from '../hooks/useNow.ts';
import { dayOf } from '../time.ts';

export function SessionsPage() {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const [params, setParams] = useSearchParams();
  const state = parseCatalogueParams(params);
  const now = useNow(60_000);
  const today = dayOf(now, timeZone);
  const catalogue = useCatalogue(catalogueQueryRange(state.filters, today, timeZone));

  // Replace rather than push: each filter change is not a page of its own in the history. Applied
  // at once (flushSync, not in a transition): the controls show the state held in the address, so
  // a checkbox or a date field must see its new value before the next keystroke or click.
  const update = (patch: Partial<CatalogueState>) =>
    setParams(catalogueParams({ ...state, ...patch }), { replace: true, flushSync: true });

  const shown = filterSessions(catalogue.sessions, state.filters, now, timeZone);
  // The choices offered are those of the sessions in the chosen dates, whatever the other filters.
  const inDates = filterSessions(
    catalogue.sessions,
    { ...state.filters, topic: null, trainer: null, availableOnly: false },
    now,
    timeZone,
  );
  const topics = filterOptions(inDates, (s) => s.topic, state.filters.topic);
  const trainers = filterOptions(inDates, (s) => s.trainer, state.filters.trainer);

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('sessions.catalogue.title')}
        </Typography>
        <Typography color="text.secondary">{t('sessions.catalogue.intro')}</Typography>
      </div>

      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 2 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={state.view}
          aria-label={t('sessions.catalogue.view')}
          onChange={(_, value: unknown) => {
            const view = CATALOGUE_VIEWS.find((v) => v === value);
            if (view) update({ view });
          }}
        >
          <ToggleButton value="list">
            <ViewList fontSize="small" sx={{ mr: 0.5 }} aria-hidden />
            {t('sessions.catalogue.list')}
          </ToggleButton>
          <ToggleButton value="calendar">
            <CalendarMonth fontSize="small" sx={{ mr: 0.5 }} aria-hidden />
            {t('sessions.catalogue.calendar')}
          </ToggleButton>
        </ToggleButtonGroup>
        {catalogue.ready && (
          <Typography variant="body2" color="text.secondary" aria-live="polite">
            {t('sessions.catalogue.count', { count: shown.length })}
          </Typography>
        )}
      </Stack>

      <CatalogueFiltersBar
        filters={state.filters}
        topics={topics}
        trainers={trainers}
        onChange={(filters) => update({ filters })}
      />

      {catalogue.status === 'error' && (
        <LoadErrorAlert message={t('sessions.catalogue.loadError')} onRetry={catalogue.reload} />
      )}
      {catalogue.status === 'loading' && !catalogue.ready && <LoadingScreen />}
      {catalogue.ready && catalogue.sessions.length >= CATALOGUE_LIMIT && (
        <Alert severity="info">{t('sessions.catalogue.truncated', { count: CATALOGUE_LIMIT })}</Alert>
      )}

      {catalogue.ready &&
        catalogue.status !== 'error' &&
        (state.view === 'calendar' ? (
          <SessionCalendar
            sessions={shown}
            period={state.period}
            anchor={state.anchor ?? today}
            today={today}
            timeZone={timeZone}
            onPeriodChange={(period) => update({ period })}
            onAnchorChange={(anchor) => update({ anchor: anchor === today ? null : anchor })}
          />
        ) : shown.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {hasFilters(state.filters) ? t('sessions.catalogue.noMatch') : t('sessions.catalogue.empty')}
          </Typography>
        ) : (
          <SessionList sessions={shown} timeZone={timeZone} label={t('sessions.catalogue.resultsLabel')} />
        ))}
    </Stack>
  );
}
