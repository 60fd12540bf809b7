// /admin/dashboard ("Tableau de bord", admins and assistants, ADM-1): the activity of a period
// (kept in the address as ?from=&to=, local days of the organisation) from the precomputed
// aggregates under `stats/`: key figures, then charts per day or per month. The view reads the
// documents its plan names and nothing else (shown as "N documents lus").
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { MAX_DAILY_DAYS, MAX_MONTHS } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { buildChartSeries } from '../chartSeries.ts';
import {
  coveredPeriod,
  matchingPreset,
  periodFromParams,
  periodToParams,
  planPeriod,
  presetPeriod,
  todayIn,
  type DashboardPeriod,
} from '../dashboardPeriod.ts';
import { computeKpis, isQuietPeriod } from '../kpis.ts';
import { formatLongDay } from '../periodLabels.ts';
import { DashboardCharts } from '../components/DashboardCharts.tsx';
import { KpiGrid } from '../components/KpiGrid.tsx';
import { PeriodSelector } from '../components/PeriodSelector.tsx';
import { StatsFreshness } from '../components/StatsFreshness.tsx';
import { useDashboard } from '../hooks/useDashboard.ts';
import { useStatsRefresh } from '../hooks/useStatsRefresh.ts';

export function DashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useOrganization();
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const key = new URLSearchParams(periodToParams(periodFromParams(params, today))).toString();
  // One period object per period (the address object changes on every render).
  const period = useMemo(() => periodFromParams(new URLSearchParams(key), today), [key, today]);
  const { plan, error } = useMemo(() => planPeriod(period), [period]);
  // "Personnalisée" stays chosen while the picked days happen to equal a preset.
  const [custom, setCustom] = useState(false);
  const choice = custom ? 'custom' : (matchingPreset(period, today) ?? 'custom');
  const setPeriod = (next: DashboardPeriod) =>
    // Replaced, not pushed: going back leaves the page rather than stepping through periods.
    setParams(periodToParams(next), { replace: true });

  const dashboard = useDashboard(plan);
  const stats = useStatsRefresh(dashboard.reload);
  const data = dashboard.data;
  const kpis = useMemo(() => (data ? computeKpis(data.rows, data.current) : null), [data]);
  const series = useMemo(() => (data ? buildChartSeries(data.rows) : null), [data]);
  const quiet = useMemo(() => (data ? isQuietPeriod(data.rows) : false), [data]);
  const covered = plan ? coveredPeriod(plan) : null;
  const widened = covered !== null && (covered.from !== period.from || covered.to !== period.to);

  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('adminDashboard.title')}
        </Typography>
        <Typography color="text.secondary">{t('adminDashboard.intro', { timeZone })}</Typography>
      </div>

      <PeriodSelector
        choice={choice}
        period={period}
        onPreset={(preset) => {
          setCustom(false);
          setPeriod(presetPeriod(preset, today));
        }}
        onCustom={() => setCustom(true)}
        onPeriod={setPeriod}
      />

      {error === 'tooLong' && (
        <Alert severity="warning">{t('adminDashboard.period.tooLong', { months: MAX_MONTHS })}</Alert>
      )}
      {widened && (
        <Alert severity="info">
          {t('adminDashboard.period.wholeMonths', {
            days: MAX_DAILY_DAYS,
            from: formatLongDay(covered.from, locale),
            to: formatLongDay(covered.to, locale),
          })}
        </Alert>
      )}

      <StatsFreshness
        computedAt={data ? (data.current?.computedAt.toDate() ?? null) : undefined}
        timeZone={timeZone}
        documentsRead={data?.documentsRead ?? null}
        refreshing={stats.refreshing}
        onRefresh={() => void stats.refresh()}
      />

      {dashboard.status === 'loading' && <LoadingScreen />}
      {dashboard.status === 'error' && (
        <LoadErrorAlert message={t('adminDashboard.loadError')} onRetry={dashboard.reload} />
      )}
      {dashboard.reloading && <LinearProgress aria-label={t('common.loading')} />}
      {data && kpis && series && plan && (
        <>
          {quiet && <Alert severity="info">{t('adminDashboard.empty')}</Alert>}
          <KpiGrid kpis={kpis} />
          {/* Flat lines at zero say less than the notice above. */}
          {!quiet && <DashboardCharts series={series} granularity={plan.granularity} />}
        </>
      )}

      <NoticeSnackbar notice={stats.notice} onClose={stats.closeNotice} />
    </Stack>
  );
}
