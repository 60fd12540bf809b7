// Credits (CR-5..7): `wallets/{uid}` holds the balance, `wallets/{uid}/ledger/{entryId}` every change
// to it. Written by functions only, each change one transaction writing the entry (deterministic id,
// its idempotency key) and the new balance, so the balance is always the sum of the entries.
import { z } from 'zod';
import { timestampSchema, uidSchema } from './common.ts';

export const LEDGER_KINDS = [
  'purchase',
  'subscription',
  'booking',
  'refund',
  'adjustment',
  'expiry',
  'reversal',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Largest change a staff member may make to one balance in one adjustment. */
export const MAX_ADJUSTMENT = 10_000;
/** Most members one adjustment may touch (one transaction; Firestore allows 500 writes). */
export const MAX_ADJUSTMENT_MEMBERS = 100;
/** Longest reason kept with an adjustment. */
export const ADJUSTMENT_REASON_MAX_LENGTH = 500;

const creditsSchema = z.number().int().nonnegative();

/** `wallets/{uid}`: created on the first credit. */
export const walletDocSchema = z.object({
  balance: creditsSchema,
  updatedAt: timestampSchema,
});
export type WalletDoc = z.infer<typeof walletDocSchema>;

/** `wallets/{uid}/ledger/{entryId}`: never changed or deleted once written. */
export const ledgerEntrySchema = z.object({
  delta: z
    .number()
    .int()
    .refine((delta) => delta !== 0),
  balanceAfter: creditsSchema,
  kind: z.enum(LEDGER_KINDS),
  /** What the entry comes from: `order/<id>`, `booking/<id>`, `adjustment/<requestId>`... */
  ref: z.string().min(1),
  reason: z.string().optional(),
  /** Uid of the staff member or member who caused it, or `system` (webhooks, schedules). */
  actor: z.string().min(1),
  createdAt: timestampSchema,
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/**
 * The client's idempotency key for one submission (a UUID the staff page generates): a double click
 * or a retried call is applied once. Ends up in document ids, hence the narrow alphabet.
 */
export const requestIdSchema = z
  .string({ message: 'invalid' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'invalid' });

/** Input of the `adjustCredits` callable (contract) plus its idempotency key. */
export const adjustCreditsInputSchema = z.strictObject({
  uids: z
    .array(uidSchema, { message: 'uidsInvalid' })
    .min(1, { message: 'uidsInvalid' })
    .max(MAX_ADJUSTMENT_MEMBERS, { message: 'uidsInvalid' })
    .refine((uids) => new Set(uids).size === uids.length, { message: 'uidsInvalid' }),
  delta: z
    .number({ message: 'deltaInvalid' })
    .int({ message: 'deltaInvalid' })
    .min(-MAX_ADJUSTMENT, { message: 'deltaInvalid' })
    .max(MAX_ADJUSTMENT, { message: 'deltaInvalid' })
    .refine((delta) => delta !== 0, { message: 'deltaInvalid' }),
  // requiredText, with a message that says a reason is mandatory rather than any field.
  reason: z
    .string({ message: 'reasonRequired' })
    .trim()
    .min(1, { message: 'reasonRequired' })
    .max(ADJUSTMENT_REASON_MAX_LENGTH, { message: 'tooLong' }),
  requestId: requestIdSchema,
});
export type AdjustCreditsInput = z.infer<typeof adjustCreditsInputSchema>;

/** Result of `adjustCredits`: each member's balance after the adjustment. */
export interface AdjustCreditsResult {
  balances: Record<string, number>;
}
