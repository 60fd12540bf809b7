// Callable failures of the credits pages (checkout, demo payments, subscription management) as the
// key of a message in credits.errors: the payment reasons first, then the common ones.
import { callableErrorKey, type CallableErrorKey } from '../../app/errors/callableErrorKey.ts';
import { CallableError } from '../../lib/firebase/callableError.ts';

export type PaymentErrorKey = CallableErrorKey | 'productUnavailable' | 'paymentsUnavailable';

export function paymentErrorKey(error: unknown): PaymentErrorKey {
  if (error instanceof CallableError) {
    if (error.reason === 'product-unavailable') return 'productUnavailable';
    if (error.reason === 'payments-unavailable') return 'paymentsUnavailable';
  }
  return callableErrorKey(error);
}

/** The page that fixes the cause, when the member can fix it (verify the email, complete the profile). */
export function paymentErrorFix(
  key: PaymentErrorKey,
): { to: string; label: 'verifyEmail' | 'completeProfile' } | null {
  if (key === 'emailNotVerified') return { to: '/verify-email', label: 'verifyEmail' };
  if (key === 'profileIncomplete') return { to: '/account/profile', label: 'completeProfile' };
  return null;
}
