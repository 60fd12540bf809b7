// How a resource is paid for (SPACE-2): the ways it accepts, set by staff, and what a booking of a
// number of slots costs. The price is per slot and per booking, whatever the seats taken: the
// server charges the same (`bookSpace`), this only shows it beforehand.
import { PAY_WITH, type PayWith, type ResourceFields } from '@agora/domain';

type Pricing = Pick<ResourceFields, 'creditCost' | 'priceCents' | 'includedInPlan'>;

/** The ways a member may pay for this resource, in the domain's order (credits, card, plan). */
export function payOptions(resource: Pricing): PayWith[] {
  return PAY_WITH.filter((method) => {
    if (method === 'credits') return resource.creditCost !== undefined;
    if (method === 'card') return resource.priceCents !== undefined;
    return resource.includedInPlan;
  });
}

/** The member's choice if the resource (still) accepts it, else its first way; null if none. */
export function effectivePayWith(resource: Pricing, chosen: PayWith | null): PayWith | null {
  const options = payOptions(resource);
  return options.find((option) => option === chosen) ?? options[0] ?? null;
}

export type BookingTotal =
  { payWith: 'credits'; credits: number } | { payWith: 'card'; cents: number } | { payWith: 'plan' };

/** What `slotCount` slots cost paid that way; null when the resource does not take it. */
export function bookingTotal(resource: Pricing, payWith: PayWith, slotCount: number): BookingTotal | null {
  if (payWith === 'credits') {
    return resource.creditCost === undefined ? null : { payWith, credits: resource.creditCost * slotCount };
  }
  if (payWith === 'card') {
    return resource.priceCents === undefined ? null : { payWith, cents: resource.priceCents * slotCount };
  }
  return resource.includedInPlan ? { payWith } : null;
}

/** Credits still missing to pay `total` from `balance` (0 when enough, or not paid in credits). */
export function missingCredits(total: BookingTotal | null, balance: number | null): number {
  if (total?.payWith !== 'credits' || balance === null) return 0;
  return Math.max(0, total.credits - balance);
}
