// Server-side records of money received from Stripe (CR-3, PAY-4), written by the webhook only:
// - `stripeEvents/{eventId}`: every processed event, written in the transaction of its effect, so a
//   redelivered event finds it and changes nothing;
// - `payments/{paymentIntentId}`: what one payment granted, so a refund or dispute on it reverses
//   the right credits;
// - `paymentAlerts/{id}`: what staff must look at (a refund larger than the remaining balance, an
//   amount that does not match its order).
import { z } from 'zod';
import { timestampSchema, uidSchema } from './common.ts';
import { requestIdSchema } from './wallet.ts';

export const STRIPE_EVENT_OUTCOMES = ['applied', 'ignored', 'stale', 'flagged'] as const;
export type StripeEventOutcome = (typeof STRIPE_EVENT_OUTCOMES)[number];

export const stripeEventDocSchema = z.object({
  type: z.string(),
  /** Stripe's `created`, in seconds. */
  created: z.number().int(),
  outcome: z.enum(STRIPE_EVENT_OUTCOMES),
  /** What the event touched, e.g. `orders/<id>`. */
  ref: z.string().optional(),
  note: z.string().optional(),
  livemode: z.boolean(),
  processedAt: timestampSchema,
});
export type StripeEventDoc = z.output<typeof stripeEventDocSchema>;

export const paymentDocSchema = z.object({
  uid: uidSchema,
  orderId: z.string(),
  /** Set for a subscription period's payment. */
  invoiceId: z.string().optional(),
  amountCents: z.number().int().positive(),
  credits: z.number().int().positive(),
  /** Ledger entry that granted the credits. */
  grantEntryId: z.string(),
  /** Cumulative amount refunded (as Stripe reports it) and disputed, and the credits taken back. */
  refundedCents: z.number().int().nonnegative(),
  disputedCents: z.number().int().nonnegative().default(0),
  reversedCredits: z.number().int().nonnegative(),
  /** Credits that should have been taken back but were already spent (flagged to staff). */
  unrecoveredCredits: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type PaymentDoc = z.output<typeof paymentDocSchema>;

export const PAYMENT_ALERT_KINDS = [
  'refund-exceeds-balance',
  'amount-mismatch',
  'unknown-order',
  // A space booking paid after its hold lapsed and its seats were taken: staff refund it.
  'space-paid-too-late',
  // A space booking paid by card was cancelled: staff refund it through refundOrder.
  'space-refund-due',
] as const;
export type PaymentAlertKind = (typeof PAYMENT_ALERT_KINDS)[number];

export const paymentAlertDocSchema = z.object({
  kind: z.enum(PAYMENT_ALERT_KINDS),
  uid: uidSchema.optional(),
  orderId: z.string().optional(),
  eventId: z.string(),
  /** Credits that could not be taken back, for `refund-exceeds-balance`. */
  missingCredits: z.number().int().nonnegative().optional(),
  message: z.string(),
  resolved: z.boolean(),
  createdAt: timestampSchema,
});
export type PaymentAlertDoc = z.output<typeof paymentAlertDocSchema>;

/** Input of `refundOrder` (PAY-4): staff refund all or part of a paid order through Stripe. */
export const refundOrderInputSchema = z.strictObject({
  orderId: z.string({ message: 'invalid' }).regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'invalid' }),
  /** Omitted: what remains to refund. */
  amountCents: z
    .number({ message: 'amountInvalid' })
    .int({ message: 'amountInvalid' })
    .positive({ message: 'amountInvalid' })
    .optional(),
  reason: z
    .string({ message: 'reasonRequired' })
    .trim()
    .min(1, { message: 'reasonRequired' })
    .max(500, { message: 'tooLong' }),
  requestId: requestIdSchema,
});
export type RefundOrderInput = z.infer<typeof refundOrderInputSchema>;

const orderIdSchema = z
  .string({ message: 'invalid' })
  .regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'invalid' });

/**
 * Input of `demoPayments`, the local stand-in for Stripe's hosted pages (emulator only): each action
 * makes the backend build the events Stripe would send, sign them and post them to `stripeWebhook`.
 */
export const demoPaymentsInputSchema = z.discriminatedUnion(
  'action',
  [
    /** Pay on the demo checkout page: card and PayPal settle at once, SEPA debit later. */
    z.strictObject({
      action: z.literal('pay'),
      orderId: orderIdSchema,
      method: z.enum(['card', 'paypal', 'sepa_debit'], { message: 'invalid' }),
    }),
    /** The bank's answer to a pending SEPA debit. */
    z.strictObject({ action: z.literal('settle'), orderId: orderIdSchema, succeeded: z.boolean() }),
    /** A subscription's next period is paid (`invoice.paid`). */
    z.strictObject({ action: z.literal('renew'), subscriptionId: orderIdSchema }),
  ],
  { message: 'invalid' },
);
export type DemoPaymentsInput = z.infer<typeof demoPaymentsInputSchema>;
