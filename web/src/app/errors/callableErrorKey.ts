// Maps a callable failure to the message key shown to people (errors.callable.*).
import { CallableError } from '../../lib/firebase/callableError.ts';

export type CallableErrorKey =
  | 'network'
  | 'unauthenticated'
  | 'forbidden'
  | 'emailNotVerified'
  | 'profileIncomplete'
  | 'invalidInput'
  | 'generic';

export function callableErrorKey(error: unknown): CallableErrorKey {
  if (!(error instanceof CallableError)) return 'generic';
  switch (error.reason) {
    case 'email-not-verified':
      return 'emailNotVerified';
    case 'profile-incomplete':
      return 'profileIncomplete';
    case 'forbidden':
      return 'forbidden';
    case 'invalid-input':
      return 'invalidInput';
    default:
      break;
  }
  switch (error.code) {
    case 'unavailable':
    case 'deadline-exceeded':
      return 'network';
    case 'unauthenticated':
      return 'unauthenticated';
    case 'permission-denied':
      return 'forbidden';
    case 'invalid-argument':
      return 'invalidInput';
    default:
      return 'generic';
  }
}
