// What an order costs and grants, and what a refund takes back: pure, so the web shop shows the
// same numbers the server charges.

export interface PricedProduct {
  priceCents: number;
  credits: number;
}

export interface OrderTotals {
  amountCents: number;
  credits: number;
}

/** Price and credits of `quantity` units of a product (integers, no rounding involved). */
export function orderTotals(product: PricedProduct, quantity: number): OrderTotals {
  if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError(`invalid quantity ${quantity}`);
  return { amountCents: product.priceCents * quantity, credits: product.credits * quantity };
}

/**
 * Credits a refund takes back: the share of the credits matching the refunded share of the amount,
 * rounded up (a partial refund of any size takes at least one credit back), capped at the credits
 * granted. `refundedCents` is cumulative, as Stripe reports it, so redelivered or reordered refund
 * events lead to the same target and the difference with what was already taken back is the delta.
 */
export function creditsToReverse(
  payment: { amountCents: number; credits: number; reversedCredits: number },
  refundedCents: number,
): number {
  if (payment.amountCents <= 0) return 0;
  const refunded = Math.min(Math.max(refundedCents, 0), payment.amountCents);
  const target = Math.ceil((payment.credits * refunded) / payment.amountCents);
  return Math.max(target - payment.reversedCredits, 0);
}
