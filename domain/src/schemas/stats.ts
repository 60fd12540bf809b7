// Dashboard aggregates (ADM-1, issue 8 item 1): `stats/day-YYYY-MM-DD` and `stats/month-YYYY-MM`
// (local dates in the organisation's time zone) and `stats/current`, written by the stats job
// only. The dashboard reads a bounded set of them (see stats/plan.ts), never the collections.
import { z } from 'zod';
import { timestampSchema } from './common.ts';

const count = z.number().int().nonnegative().default(0);
const amount = z.number().nonnegative().default(0);

/** What happened in one day or month. */
export const periodStatsSchema = z.object({
  /** 'YYYY-MM-DD' or 'YYYY-MM'. */
  period: z.string(),
  /** Accounts created. */
  signups: count,
  /** Bookings made (by creation time), per kind. */
  sessionBookings: count,
  spaceBookings: count,
  /** Bookings cancelled (by cancellation time). */
  cancellations: count,
  /** Training sessions starting then: seats booked and seats offered. */
  sessionSeatsBooked: count,
  sessionSeatsOffered: count,
  /** Spaces: seat-hours booked (confirmed bookings starting then) and seat-hours open. */
  spaceSeatHoursBooked: amount,
  spaceSeatHoursOpen: amount,
  /** Credits: bought (packs, subscription periods) and spent (bookings, net of refunds). */
  creditsSold: count,
  creditsUsed: z.number().int().default(0),
  /** Money received, VAT included, net of refunds, in cents. */
  revenueCents: z.number().int().default(0),
});
export type PeriodStats = z.output<typeof periodStatsSchema>;

/** `stats/current`: figures that are a state, not a flow. */
export const currentStatsSchema = z.object({
  members: count,
  activeSubscriptions: count,
  computedAt: timestampSchema,
});
export type CurrentStats = z.output<typeof currentStatsSchema>;

export const PERIOD_STAT_FIELDS = [
  'signups',
  'sessionBookings',
  'spaceBookings',
  'cancellations',
  'sessionSeatsBooked',
  'sessionSeatsOffered',
  'spaceSeatHoursBooked',
  'spaceSeatHoursOpen',
  'creditsSold',
  'creditsUsed',
  'revenueCents',
] as const;
export type PeriodStatField = (typeof PERIOD_STAT_FIELDS)[number];

/** `refreshStats` (staff) takes nothing. */
export const refreshStatsInputSchema = z.strictObject({});
