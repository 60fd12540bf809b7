// HttpsErrors whose `details` follow the contract (`details.reason`), so clients can branch on the
// reason and show the French message as is.
import { HttpsError, type FunctionsErrorCode } from 'firebase-functions/v2/https';
import type { ErrorDetails } from '@agora/domain';

export function callableError(code: FunctionsErrorCode, message: string, details?: ErrorDetails): HttpsError {
  return new HttpsError(code, message, details);
}

/**
 * Whether an SDK error carries this code (`auth/user-not-found`, gRPC 6...). Compared by value, not
 * instanceof: the Admin SDK ships separate CJS and ESM builds.
 */
export function hasErrorCode(error: unknown, code: string | number): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
