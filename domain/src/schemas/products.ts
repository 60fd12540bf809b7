// `products/{id}` (CR-1, CR-4): credit packs and subscription plans, written by admins from the back
// office under the rules, read by everyone (the shop). Prices include VAT: French consumers see and
// pay the all-taxes-included price; invoices derive the amount excluding VAT from it.
import { z } from 'zod';
import { optionalText, requiredText, timestampSchema } from './common.ts';

export const PRODUCT_KINDS = ['credit-pack', 'subscription'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const BILLING_INTERVALS = ['month', 'year'] as const;
export type BillingInterval = (typeof BILLING_INTERVALS)[number];

/** French VAT rates (percent): standard, intermediate, reduced, super-reduced, exempt. */
export const VAT_RATES = [20, 10, 5.5, 2.1, 0] as const;
export type VatRate = (typeof VAT_RATES)[number];

/** Stripe refuses euro charges under 0.50 EUR. */
export const MIN_PRICE_CENTS = 50;
export const MAX_PRICE_CENTS = 1_000_000;
export const MAX_PRODUCT_CREDITS = 10_000;
export const PRODUCT_NAME_MAX_LENGTH = 120;
export const PRODUCT_DESCRIPTION_MAX_LENGTH = 1000;

/** The fields an admin edits; the rules check the same bounds. */
export const productFieldsSchema = z
  .object({
    kind: z.enum(PRODUCT_KINDS, { message: 'invalid' }),
    name: requiredText(PRODUCT_NAME_MAX_LENGTH),
    description: optionalText(PRODUCT_DESCRIPTION_MAX_LENGTH),
    credits: z
      .number({ message: 'creditsInvalid' })
      .int({ message: 'creditsInvalid' })
      .min(1, { message: 'creditsInvalid' })
      .max(MAX_PRODUCT_CREDITS, { message: 'creditsInvalid' }),
    priceCents: z
      .number({ message: 'priceInvalid' })
      .int({ message: 'priceInvalid' })
      .min(MIN_PRICE_CENTS, { message: 'priceInvalid' })
      .max(MAX_PRICE_CENTS, { message: 'priceInvalid' }),
    vatRate: z.union(
      VAT_RATES.map((rate) => z.literal(rate)),
      { message: 'vatRateInvalid' },
    ),
    interval: z.enum(BILLING_INTERVALS, { message: 'intervalInvalid' }).optional(),
    active: z.boolean(),
    /** Position in the shop, smallest first. */
    sortOrder: z.number().int().min(0).max(10_000).default(0),
  })
  .superRefine((product, context) => {
    if (product.kind === 'subscription' && product.interval === undefined) {
      context.addIssue({ code: 'custom', path: ['interval'], message: 'intervalInvalid' });
    }
    if (product.kind === 'credit-pack' && product.interval !== undefined) {
      context.addIssue({ code: 'custom', path: ['interval'], message: 'intervalInvalid' });
    }
  });
export type ProductFields = z.output<typeof productFieldsSchema>;
export type ProductFieldsInput = z.input<typeof productFieldsSchema>;

export const productDocSchema = productFieldsSchema.and(
  z.object({ createdAt: timestampSchema, updatedAt: timestampSchema }),
);
export type ProductDoc = z.output<typeof productDocSchema>;

/** Largest quantity of one pack in one order. */
export const MAX_ORDER_QUANTITY = 20;
