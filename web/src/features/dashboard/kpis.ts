// The dashboard's key figures: the flows of the period summed over the rows read, the state
// figures (members, active subscriptions) from `stats/current`, and the occupancy shares.
import { occupancy, sumStats, type CurrentStats, type PeriodStats } from '@agora/domain';

export interface DashboardKpis {
  /** Null before the stats were first computed: the card says so instead of showing 0. */
  members: number | null;
  activeSubscriptions: number | null;
  signups: number;
  bookings: number;
  sessionBookings: number;
  spaceBookings: number;
  cancellations: number;
  /** Shares in [0, 1], null when nothing was offered in the period. */
  sessionOccupancy: number | null;
  spaceOccupancy: number | null;
  sessionSeatsBooked: number;
  sessionSeatsOffered: number;
  spaceSeatHoursBooked: number;
  spaceSeatHoursOpen: number;
  creditsSold: number;
  creditsUsed: number;
  revenueCents: number;
}

export function computeKpis(rows: readonly PeriodStats[], current: CurrentStats | null): DashboardKpis {
  const total = sumStats(rows);
  return {
    members: current?.members ?? null,
    activeSubscriptions: current?.activeSubscriptions ?? null,
    signups: total.signups,
    bookings: total.sessionBookings + total.spaceBookings,
    sessionBookings: total.sessionBookings,
    spaceBookings: total.spaceBookings,
    cancellations: total.cancellations,
    sessionOccupancy: occupancy(total.sessionSeatsBooked, total.sessionSeatsOffered),
    spaceOccupancy: occupancy(total.spaceSeatHoursBooked, total.spaceSeatHoursOpen),
    sessionSeatsBooked: total.sessionSeatsBooked,
    sessionSeatsOffered: total.sessionSeatsOffered,
    spaceSeatHoursBooked: total.spaceSeatHoursBooked,
    spaceSeatHoursOpen: total.spaceSeatHoursOpen,
    creditsSold: total.creditsSold,
    creditsUsed: total.creditsUsed,
    revenueCents: total.revenueCents,
  };
}

/** Nothing at all recorded over the period: the page says so rather than drawing flat charts. */
export function isQuietPeriod(rows: readonly PeriodStats[]): boolean {
  return Object.values(sumStats(rows)).every((value) => value === 0);
}
