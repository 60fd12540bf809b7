// Display choices of the billing screens: status colours, VAT rates, payment method names.
import type { OrderStatus, SubscriptionStatus } from '@agora/domain';

type ChipColor = 'default' | 'info' | 'success' | 'warning' | 'error';

export const ORDER_STATUS_COLORS = {
  pending: 'default',
  paid: 'success',
  failed: 'error',
  refunded: 'warning',
} as const satisfies Record<OrderStatus, ChipColor>;

export const SUBSCRIPTION_STATUS_COLORS = {
  incomplete: 'default',
  incomplete_expired: 'default',
  trialing: 'info',
  active: 'success',
  past_due: 'warning',
  canceled: 'default',
  unpaid: 'error',
  paused: 'info',
} as const satisfies Record<SubscriptionStatus, ChipColor>;

/** 5.5 → "5,5 %" (fr) or "5.5%" (en). */
export function formatVatRate(rate: number, locale: string): string {
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
    maximumFractionDigits: 1,
  }).format(rate);
  return locale === 'en' ? `${number}%` : `${number} %`;
}

/** Payment methods the interface names; Stripe may report others, shown as they come. */
export const KNOWN_PAYMENT_METHODS = ['card', 'paypal', 'sepa_debit'] as const;
export type KnownPaymentMethod = (typeof KNOWN_PAYMENT_METHODS)[number];

export function knownPaymentMethod(method: string | null): KnownPaymentMethod | null {
  return KNOWN_PAYMENT_METHODS.find((known) => known === method) ?? null;
}
