// `subscriptions/{subscriptionId}` (CR-4): the member's view of a Stripe subscription, keyed by its
// Stripe id, written by the webhook only. Credits for each paid period come from `invoice.paid`.
import { z } from 'zod';
import { timestampSchema, uidSchema } from './common.ts';
import { BILLING_INTERVALS } from './products.ts';

/** Stripe's subscription statuses, kept as Stripe names them. */
export const SUBSCRIPTION_STATUSES = [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const subscriptionDocSchema = z.object({
  uid: uidSchema,
  productId: z.string(),
  productName: z.string(),
  orderId: z.string(),
  interval: z.enum(BILLING_INTERVALS),
  creditsPerPeriod: z.number().int().positive(),
  amountCents: z.number().int().nonnegative(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  cancelAtPeriodEnd: z.boolean(),
  currentPeriodEnd: timestampSchema.nullable(),
  /** `created` (seconds) of the Stripe event that wrote this state: older events are ignored. */
  stateEventCreated: z.number().int(),
  demo: z.boolean(),
  updatedAt: timestampSchema,
});
export type SubscriptionDoc = z.output<typeof subscriptionDocSchema>;

/** Input of `manageSubscription`: the member stops renewal at the period's end, or resumes it. */
export const manageSubscriptionInputSchema = z.strictObject({
  subscriptionId: z.string({ message: 'invalid' }).regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'invalid' }),
  action: z.enum(['cancel', 'resume'], { message: 'invalid' }),
});
export type ManageSubscriptionInput = z.infer<typeof manageSubscriptionInputSchema>;
