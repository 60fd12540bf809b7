// The dashboard's charts, one value per period on a shared x axis: bookings (training, spaces)
// and sign-ups, revenue in euros, credits sold against credits used. Axis labels are short French
// dates ('21 nov.', 'nov. 2026').
import Grid from '@mui/material/Grid';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import type { DashboardPlan } from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatEuros } from '../../../app/money.ts';
import type { ChartSeries } from '../chartSeries.ts';
import { formatCount, formatWholeEuros } from '../kpiFormat.ts';
import { formatPeriodLabel } from '../periodLabels.ts';
import { ChartCard } from './ChartCard.tsx';

const HEIGHT = 280;

export function DashboardCharts(props: { series: ChartSeries; granularity: DashboardPlan['granularity'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { series, granularity } = props;
  const subtitle = t(granularity === 'day' ? 'adminDashboard.charts.byDay' : 'adminDashboard.charts.byMonth');
  const localeText = { noData: t('adminDashboard.charts.noData'), loading: t('common.loading') };
  const periodLabel = (period: string) => formatPeriodLabel(period, granularity, locale);
  const count = (value: number | null) => (value === null ? '' : formatCount(value, locale));
  // Lines join points (one per period); bars sit in bands: each chart its own scale on the same keys.
  const pointAxis = [{ scaleType: 'point' as const, data: series.periods, valueFormatter: periodLabel }];
  const bandAxis = [{ scaleType: 'band' as const, data: series.periods, valueFormatter: periodLabel }];

  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <ChartCard title={t('adminDashboard.charts.bookingsTitle')} subtitle={subtitle}>
          <LineChart
            height={HEIGHT}
            localeText={localeText}
            xAxis={pointAxis}
            yAxis={[{ valueFormatter: (value: number) => formatCount(value, locale) }]}
            series={[
              {
                id: 'sessionBookings',
                label: t('adminDashboard.charts.sessionBookings'),
                data: series.sessionBookings,
                valueFormatter: count,
              },
              {
                id: 'spaceBookings',
                label: t('adminDashboard.charts.spaceBookings'),
                data: series.spaceBookings,
                valueFormatter: count,
              },
              {
                id: 'signups',
                label: t('adminDashboard.charts.signups'),
                data: series.signups,
                valueFormatter: count,
              },
            ]}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={t('adminDashboard.charts.revenueTitle')} subtitle={subtitle}>
          <BarChart
            height={HEIGHT}
            localeText={localeText}
            xAxis={bandAxis}
            yAxis={[{ width: 72, valueFormatter: (value: number) => formatWholeEuros(value, locale) }]}
            series={[
              {
                id: 'revenue',
                label: t('adminDashboard.charts.revenue'),
                data: series.revenueEuros,
                valueFormatter: (value) =>
                  value === null ? '' : formatEuros(Math.round(value * 100), locale),
              },
            ]}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={t('adminDashboard.charts.creditsTitle')} subtitle={subtitle}>
          <BarChart
            height={HEIGHT}
            localeText={localeText}
            xAxis={bandAxis}
            yAxis={[{ valueFormatter: (value: number) => formatCount(value, locale) }]}
            series={[
              {
                id: 'creditsSold',
                label: t('adminDashboard.charts.creditsSold'),
                data: series.creditsSold,
                valueFormatter: count,
              },
              {
                id: 'creditsUsed',
                label: t('adminDashboard.charts.creditsUsed'),
                data: series.creditsUsed,
                valueFormatter: count,
              },
            ]}
          />
        </ChartCard>
      </Grid>
    </Grid>
  );
}
