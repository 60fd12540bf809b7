// Refund dialog (PAY-4): the amount is typed in euros, defaults to what remains refundable, and
// never exceeds it. Credits are taken back by the webhook when Stripe confirms the refund.
import { refundOrderInputSchema, type FieldIssue, type RefundOrderInput } from '@agora/domain';
import type { OrderRecord } from '../../lib/firebase/billing.ts';
import { parseEuros } from './euros.ts';
import { issuesToFields, zodIssuesToFields, type FieldErrors, type Parsed } from './fieldErrors.ts';

export interface RefundFormValues {
  amount: string;
  reason: string;
}

export type RefundField = 'amount' | 'reason';

/** What is left to refund on an order, in cents. */
export function remainingCents(order: Pick<OrderRecord, 'amountCents' | 'refundedCents'>): number {
  return Math.max(order.amountCents - order.refundedCents, 0);
}

/** Only a paid order with money left on it can be refunded. */
export function canRefund(order: Pick<OrderRecord, 'status' | 'amountCents' | 'refundedCents'>): boolean {
  return order.status === 'paid' && remainingCents(order) > 0;
}

function fieldOf(path: string): RefundField | null {
  if (path === 'amountCents') return 'amount';
  if (path === 'reason') return 'reason';
  return null;
}

export function refundIssuesToFields(issues: readonly FieldIssue[]) {
  return issuesToFields(issues, fieldOf);
}

export function refundOrderInput(
  values: RefundFormValues,
  order: Pick<OrderRecord, 'id' | 'amountCents' | 'refundedCents'>,
  requestId: string,
): Parsed<RefundOrderInput, RefundField> {
  const cents = parseEuros(values.amount);
  const amountValid = cents !== null && cents >= 1 && cents <= remainingCents(order);
  const result = refundOrderInputSchema.safeParse({
    orderId: order.id,
    amountCents: amountValid ? cents : undefined,
    reason: values.reason,
    requestId,
  });
  const amountError: FieldErrors<RefundField> = amountValid ? {} : { amount: 'refundAmountInvalid' };
  if (!result.success) {
    return { ok: false, errors: { ...zodIssuesToFields(result.error, fieldOf), ...amountError } };
  }
  if (!amountValid) return { ok: false, errors: amountError };
  return { ok: true, value: result.data };
}
