// HttpsErrors whose `details` follow the contract (`details.reason`), so clients can branch on the
// reason and show the French message as is.
import { HttpsError, type FunctionsErrorCode } from 'firebase-functions/v2/https';
import type { ErrorDetails } from '@agora/domain';

export function callableError(code: FunctionsErrorCode, message: string, details?: ErrorDetails): HttpsError {
  return new HttpsError(code, message, details);
}
