// The dashboard charts' data: one value per period of the plan, in order, so every chart shares
// the same x axis (the period keys, labelled by periodLabels.ts). Revenue goes to euros here, the
// unit the axis shows.
import type { PeriodStats } from '@agora/domain';

export interface ChartSeries {
  /** Period keys ('YYYY-MM-DD' or 'YYYY-MM'): the x axis. */
  periods: string[];
  sessionBookings: number[];
  spaceBookings: number[];
  signups: number[];
  revenueEuros: number[];
  creditsSold: number[];
  creditsUsed: number[];
}

export function buildChartSeries(rows: readonly PeriodStats[]): ChartSeries {
  return {
    periods: rows.map((row) => row.period),
    sessionBookings: rows.map((row) => row.sessionBookings),
    spaceBookings: rows.map((row) => row.spaceBookings),
    signups: rows.map((row) => row.signups),
    revenueEuros: rows.map((row) => row.revenueCents / 100),
    creditsSold: rows.map((row) => row.creditsSold),
    creditsUsed: rows.map((row) => row.creditsUsed),
  };
}
