// `orders/{orderId}` (CR-2, CR-3): one purchase attempt, created by `createCheckout` with the amount
// computed on the server, then moved on by the Stripe webhook only. The order, not the Stripe event,
// is what fulfilment trusts: the event must match its amount and currency.
import { z } from 'zod';
import { timestampSchema, uidSchema } from './common.ts';
import { BILLING_INTERVALS, MAX_ORDER_QUANTITY, PRODUCT_KINDS, VAT_RATES } from './products.ts';

/** What an order buys: a product, or a space booking paid by card (SPACE-3). */
export const ORDER_KINDS = [...PRODUCT_KINDS, 'space-booking'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_STATUSES = ['pending', 'paid', 'failed', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Payment methods we name in the interface; Stripe may report others, kept as they come. */
export const PAYMENT_METHODS = ['card', 'paypal', 'sepa_debit'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const CURRENCY = 'eur';

export const orderDocSchema = z.object({
  uid: uidSchema,
  productId: z.string().min(1),
  /** Snapshot of the product when ordered: later edits of the product do not change the order. */
  productKind: z.enum(ORDER_KINDS),
  productName: z.string(),
  interval: z.enum(BILLING_INTERVALS).optional(),
  vatRate: z.union(VAT_RATES.map((rate) => z.literal(rate))),
  quantity: z.number().int().min(1).max(MAX_ORDER_QUANTITY),
  unitPriceCents: z.number().int().nonnegative(),
  /** What the buyer pays (per period for a subscription), VAT included. */
  amountCents: z.number().int().nonnegative(),
  currency: z.literal(CURRENCY),
  /** Credits granted on payment (per period for a subscription); 0 for a space booking. */
  credits: z.number().int().nonnegative(),
  /** A space booking's order: the booking its payment confirms. */
  bookingId: z.string().optional(),
  status: z.enum(ORDER_STATUSES),
  /** Stripe ids, filled as the webhook learns them. */
  checkoutSessionId: z.string().optional(),
  paymentIntentId: z.string().optional(),
  subscriptionId: z.string().optional(),
  paymentMethod: z.string().optional(),
  /** True while an asynchronous payment (SEPA debit) is on its way. */
  awaitingPayment: z.boolean().optional(),
  refundedCents: z.number().int().nonnegative().default(0),
  /** Path in the app to bring the buyer back to after paying (CAPS-3). */
  returnTo: z.string().optional(),
  /** Paid through the local demo checkout, not Stripe. */
  demo: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  paidAt: timestampSchema.optional(),
});
export type OrderDoc = z.output<typeof orderDocSchema>;

/** A path inside the app: starts with one slash, no scheme, no protocol-relative `//host`. */
export const returnToSchema = z
  .string({ message: 'invalid' })
  .max(300, { message: 'tooLong' })
  .regex(/^\/(?![/\\])[^\s]*$/, { message: 'invalid' });

/** Input of `createCheckout` (contract). Promo codes arrive with PAY-2; until then one is refused. */
export const createCheckoutInputSchema = z.strictObject({
  productId: z
    .string({ message: 'productInvalid' })
    .regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'productInvalid' }),
  quantity: z
    .number({ message: 'quantityInvalid' })
    .int({ message: 'quantityInvalid' })
    .min(1, { message: 'quantityInvalid' })
    .max(MAX_ORDER_QUANTITY, { message: 'quantityInvalid' })
    .default(1),
  promoCode: z.string().max(64, { message: 'tooLong' }).optional(),
  returnTo: returnToSchema.optional(),
});
export type CreateCheckoutInput = z.input<typeof createCheckoutInputSchema>;

export interface CreateCheckoutResult {
  orderId: string;
  url: string;
}
