// The dashboard's key figures, one card each (test ids `kpi-<figure>`): state figures from
// `stats/current`, flows summed over the period, occupancy as percentages.
import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatEuros } from '../../../app/money.ts';
import { formatCount, formatShare } from '../kpiFormat.ts';
import type { DashboardKpis } from '../kpis.ts';
import { KpiCard } from './KpiCard.tsx';

interface Card {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

export function KpiGrid({ kpis }: { kpis: DashboardKpis }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const count = (value: number) => formatCount(value, locale);
  const state = (value: number | null) => (value === null ? '—' : count(value));
  const notComputed = t('adminDashboard.kpis.notComputed');

  const cards: Card[] = [
    {
      id: 'members',
      label: t('adminDashboard.kpis.members'),
      value: state(kpis.members),
      detail: kpis.members === null ? notComputed : t('adminDashboard.kpis.membersDetail'),
    },
    { id: 'signups', label: t('adminDashboard.kpis.signups'), value: count(kpis.signups) },
    {
      id: 'bookings',
      label: t('adminDashboard.kpis.bookings'),
      value: count(kpis.bookings),
      detail: t('adminDashboard.kpis.bookingsSplit', {
        sessions: count(kpis.sessionBookings),
        spaces: count(kpis.spaceBookings),
      }),
    },
    { id: 'cancellations', label: t('adminDashboard.kpis.cancellations'), value: count(kpis.cancellations) },
    {
      id: 'sessionOccupancy',
      label: t('adminDashboard.kpis.sessionOccupancy'),
      value: formatShare(kpis.sessionOccupancy, locale),
      detail:
        kpis.sessionOccupancy === null
          ? t('adminDashboard.kpis.noOffer')
          : t('adminDashboard.kpis.sessionOccupancyDetail', {
              booked: count(kpis.sessionSeatsBooked),
              offered: count(kpis.sessionSeatsOffered),
            }),
    },
    {
      id: 'spaceOccupancy',
      label: t('adminDashboard.kpis.spaceOccupancy'),
      value: formatShare(kpis.spaceOccupancy, locale),
      detail:
        kpis.spaceOccupancy === null
          ? t('adminDashboard.kpis.noOffer')
          : t('adminDashboard.kpis.spaceOccupancyDetail', {
              booked: count(kpis.spaceSeatHoursBooked),
              offered: count(kpis.spaceSeatHoursOpen),
            }),
    },
    { id: 'creditsSold', label: t('adminDashboard.kpis.creditsSold'), value: count(kpis.creditsSold) },
    {
      id: 'creditsUsed',
      label: t('adminDashboard.kpis.creditsUsed'),
      value: count(kpis.creditsUsed),
      detail: t('adminDashboard.kpis.creditsUsedDetail'),
    },
    {
      id: 'revenue',
      label: t('adminDashboard.kpis.revenue'),
      value: formatEuros(kpis.revenueCents, locale),
      detail: t('adminDashboard.kpis.revenueDetail'),
    },
    {
      id: 'activeSubscriptions',
      label: t('adminDashboard.kpis.activeSubscriptions'),
      value: state(kpis.activeSubscriptions),
      detail:
        kpis.activeSubscriptions === null ? notComputed : t('adminDashboard.kpis.activeSubscriptionsDetail'),
    },
  ];

  return (
    <Grid container spacing={2} component="section" aria-label={t('adminDashboard.kpis.label')}>
      {cards.map((card) => (
        <Grid key={card.id} size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
          <KpiCard testId={`kpi-${card.id}`} label={card.label} value={card.value} detail={card.detail} />
        </Grid>
      ))}
    </Grid>
  );
}
