// Callable functions (contract in docs/architecture.md), with their errors made readable.
import { httpsCallable } from 'firebase/functions';
import type {
  RequestVerificationEmailInput,
  ResendMessageInput,
  SaveProfileInput,
  SetUserRoleInput,
  StaffRole,
} from '@agora/domain';
import { functions } from './app.ts';
import { toCallableError, withoutUndefined } from './callableError.ts';

export { CallableError } from './callableError.ts';

async function call<Input, Output>(name: string, input: Input): Promise<Output> {
  try {
    const result = await httpsCallable<Input, Output>(functions, name)(withoutUndefined(input));
    return result.data;
  } catch (error) {
    throw toCallableError(error);
  }
}

export function callSaveProfile(input: SaveProfileInput): Promise<{ ok: true }> {
  return call('saveProfile', input);
}

export function callSetUserRole(input: SetUserRoleInput): Promise<{ role: StaffRole | null }> {
  return call('setUserRole', input);
}

/** Queues a copy of an outbox message (admin, assistant); answers the new message id. */
export function callResendMessage(input: ResendMessageInput): Promise<{ id: string }> {
  return call('resendMessage', input);
}

/** Queues the branded verification email for the signed-in user, in the given language. */
export function callRequestVerificationEmail(input: RequestVerificationEmailInput): Promise<{ id: string }> {
  return call('requestVerificationEmail', input);
}
