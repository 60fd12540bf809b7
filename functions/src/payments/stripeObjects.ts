// The parts of Stripe's event payloads the webhook relies on, parsed rather than trusted: a payload
// that lacks them is answered 5xx (logged) instead of being half applied. Field names follow the
// API version of the SDK; older names (invoice.subscription, invoice.payment_intent,
// subscription.current_period_end) are read as fallbacks, since an endpoint may be pinned to an
// older version.
import { z } from 'zod';

const idOf = z.union([z.string(), z.object({ id: z.string() }).transform((object) => object.id)]);
const metadata = z
  .record(z.string(), z.string())
  .nullish()
  .transform((value) => value ?? {});

export const checkoutSessionSchema = z.object({
  id: z.string(),
  mode: z.enum(['payment', 'subscription', 'setup']),
  client_reference_id: z.string().nullish(),
  metadata,
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
  payment_status: z.enum(['paid', 'unpaid', 'no_payment_required']),
  payment_intent: idOf.nullish(),
  subscription: idOf.nullish(),
  payment_method_types: z.array(z.string()).nullish(),
});
export type CheckoutSessionPayload = z.infer<typeof checkoutSessionSchema>;

export const invoiceSchema = z.object({
  id: z.string(),
  currency: z.string(),
  amount_paid: z.number().int(),
  billing_reason: z.string().nullish(),
  parent: z
    .object({
      subscription_details: z.object({ subscription: idOf, metadata }).nullish(),
    })
    .nullish(),
  subscription: idOf.nullish(),
  subscription_details: z.object({ metadata }).nullish(),
  payment_intent: idOf.nullish(),
  payments: z
    .object({
      data: z.array(z.object({ payment: z.object({ payment_intent: idOf.nullish() }).nullish() })),
    })
    .nullish(),
  lines: z
    .object({
      data: z.array(z.object({ period: z.object({ start: z.number(), end: z.number() }).nullish() })),
    })
    .nullish(),
});
export type InvoicePayload = z.infer<typeof invoiceSchema>;

export const subscriptionSchema = z.object({
  id: z.string(),
  status: z.string(),
  metadata,
  cancel_at_period_end: z.boolean(),
  current_period_end: z.number().nullish(),
  items: z.object({ data: z.array(z.object({ current_period_end: z.number().nullish() })) }).nullish(),
});
export type SubscriptionPayload = z.infer<typeof subscriptionSchema>;

export const chargeSchema = z.object({
  id: z.string(),
  payment_intent: idOf.nullish(),
  amount: z.number().int(),
  amount_refunded: z.number().int(),
  currency: z.string(),
});
export type ChargePayload = z.infer<typeof chargeSchema>;

export const disputeSchema = z.object({
  id: z.string(),
  charge: idOf,
  payment_intent: idOf.nullish(),
  amount: z.number().int(),
  currency: z.string(),
});
export type DisputePayload = z.infer<typeof disputeSchema>;

/** The subscription an invoice belongs to, and the metadata we set on it at checkout. */
export function invoiceSubscription(
  invoice: InvoicePayload,
): { id: string; metadata: Record<string, string> } | null {
  const details = invoice.parent?.subscription_details;
  if (details) return { id: details.subscription, metadata: details.metadata };
  if (invoice.subscription)
    return { id: invoice.subscription, metadata: invoice.subscription_details?.metadata ?? {} };
  return null;
}

/** The payment intent that paid an invoice, when the payload says (recent API versions list it in `payments`). */
export function invoicePaymentIntent(invoice: InvoicePayload): string | null {
  return (
    invoice.payments?.data.find((entry) => entry.payment?.payment_intent)?.payment?.payment_intent ??
    invoice.payment_intent ??
    null
  );
}

/** End of the period the subscription is in, in seconds. */
export function subscriptionPeriodEnd(subscription: SubscriptionPayload): number | null {
  return subscription.items?.data[0]?.current_period_end ?? subscription.current_period_end ?? null;
}
