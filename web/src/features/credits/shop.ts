// Pure helpers of the shop: quantities, prices shown, where to send the buyer and where to bring
// them back. The server recomputes every amount (orderTotals); these only drive the display.
import { MAX_ORDER_QUANTITY, returnToSchema } from '@agora/domain';

/** The quantities a pack can be bought in, 1 to the most the server accepts in one order. */
export const QUANTITY_OPTIONS: readonly number[] = Array.from(
  { length: MAX_ORDER_QUANTITY },
  (_, i) => i + 1,
);

/** A quantity picked in the selector, kept within what the server accepts. */
export function parseQuantity(value: string): number {
  const quantity = Number.parseInt(value, 10);
  if (!Number.isFinite(quantity) || quantity < 1) return 1;
  return Math.min(quantity, MAX_ORDER_QUANTITY);
}

/** Price of one credit in cents, rounded to the cent (display only: what is charged is the pack). */
export function pricePerCreditCents(priceCents: number, credits: number): number | null {
  if (!Number.isFinite(priceCents) || !Number.isFinite(credits) || credits <= 0) return null;
  return Math.round(priceCents / credits);
}

/**
 * The `?returnTo=` of the shop, when it is a path inside the app (the same rule as the server's):
 * anything else (another site, `//host`, a scheme) is dropped, so the shop is never an open redirect.
 */
export function safeReturnTo(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = returnToSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export type CheckoutTarget = { kind: 'app'; path: string } | { kind: 'external'; url: string };

/**
 * Where createCheckout's URL leads: Stripe's hosted page (left through a full page load), or the
 * demo checkout of this app, opened in place. The demo page is recognised by its path whatever the
 * origin the server built it with: the dev server and the Hosting emulator run on different ports,
 * and leaving for another origin would lose the session.
 */
export function checkoutTarget(url: string, origin: string): CheckoutTarget {
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return { kind: 'external', url };
  }
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  if (parsed.origin === origin || parsed.pathname.startsWith('/checkout/demo/')) {
    return { kind: 'app', path };
  }
  return { kind: 'external', url: parsed.href };
}
