// Credit adjustment dialog (CR-6): the staff member picks "add" or "remove" and types a positive
// number; the sign sent to adjustCredits comes from that choice, never from the typed text.
import {
  adjustCreditsInputSchema,
  MAX_ADJUSTMENT,
  type AdjustCreditsInput,
  type FieldIssue,
} from '@agora/domain';
import {
  issuesToFields,
  parseWholeNumber,
  zodIssuesToFields,
  type FieldErrors,
  type Parsed,
} from './fieldErrors.ts';

export type AdjustDirection = 'add' | 'remove';

export interface AdjustFormValues {
  direction: AdjustDirection;
  /** Number of credits as typed, without sign. */
  amount: string;
  reason: string;
}

export const EMPTY_ADJUSTMENT: AdjustFormValues = { direction: 'add', amount: '', reason: '' };

export type AdjustField = 'amount' | 'reason' | 'members';

/** A member the adjustment applies to, as listed in the dialog. */
export interface AdjustMember {
  uid: string;
  name: string;
  email: string;
}

function fieldOf(path: string): AdjustField | null {
  if (path === 'delta') return 'amount';
  if (path === 'reason') return 'reason';
  if (path === 'uids' || path.startsWith('uids.')) return 'members';
  return null;
}

/** Sorts a callable's field issues onto the dialog's fields. */
export function adjustIssuesToFields(issues: readonly FieldIssue[]) {
  return issuesToFields(issues, fieldOf);
}

/** The adjustCredits input for the form, or the errors to show under its fields. */
export function adjustCreditsInput(
  values: AdjustFormValues,
  uids: readonly string[],
  requestId: string,
): Parsed<AdjustCreditsInput, AdjustField> {
  const amount = parseWholeNumber(values.amount);
  const amountValid = Number.isInteger(amount) && amount >= 1 && amount <= MAX_ADJUSTMENT;
  const sign = values.direction === 'remove' ? -1 : 1;
  const result = adjustCreditsInputSchema.safeParse({
    uids: [...uids],
    delta: amountValid ? sign * amount : 0,
    reason: values.reason,
    requestId,
  });
  // The typed number is positive: "between 1 and 10 000" says more than the signed delta's message.
  const amountError: FieldErrors<AdjustField> = amountValid ? {} : { amount: 'creditsInvalid' };
  if (!result.success) {
    return { ok: false, errors: { ...zodIssuesToFields(result.error, fieldOf), ...amountError } };
  }
  return { ok: true, value: result.data };
}

/**
 * Who lacks credits for a removal: the uids the server named (details.uids), else those whose
 * known balance is below the amount removed. Unknown uids are named by their id.
 */
export function membersShortOfCredits(
  members: readonly AdjustMember[],
  serverUids: readonly string[],
  balances: Readonly<Record<string, number>>,
  delta: number,
): AdjustMember[] {
  if (serverUids.length > 0) {
    return serverUids.map(
      (uid) => members.find((member) => member.uid === uid) ?? { uid, name: uid, email: '' },
    );
  }
  return members.filter((member) => {
    const balance = balances[member.uid];
    return balance !== undefined && balance + delta < 0;
  });
}

/**
 * Identity of a submission without its idempotency key: the same content sent again (double
 * click, retry after a network error) reuses the key, so the server applies it once; a changed
 * content is a new operation and gets a new key.
 */
export function submissionKey(input: Omit<AdjustCreditsInput, 'requestId'>): string {
  return JSON.stringify([[...input.uids].sort(), input.delta, input.reason.trim()]);
}
