// The gate every callable passes before its own logic: signed in, verified email and role when
// required, then the input parsed by the contract's schema. A call rejected here writes nothing.
import type { CallableRequest } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { roleFromClaims, toFieldIssues, type StaffRole } from '@agora/domain';
import { callableError } from './errors.ts';

/** Who is calling, read from the ID token the callable runtime has already verified. */
export interface Caller {
  uid: string;
  /** Null for accounts without an email (e.g. anonymous ones). */
  email: string | null;
  emailVerified: boolean;
  /** Role claim carried by the token; it may be up to an hour old (see setUserRole). */
  role: StaffRole | null;
}

export interface CallableRules<Schema extends z.ZodType> {
  /** The contract's input schema; the handler receives its parsed (normalised) output. */
  input: Schema;
  /**
   * The contract asks for a verified email; stated explicitly on every callable so an exception
   * is visible where the callable is defined, with its reason.
   */
  requireVerifiedEmail: boolean;
  /** Roles allowed to call; absent means any signed-in user. */
  roles?: readonly StaffRole[];
}

export type CallableHandler<Result> = (request: CallableRequest<unknown>) => Promise<Result>;

export function callable<Schema extends z.ZodType, Result>(
  rules: CallableRules<Schema>,
  handler: (input: z.output<Schema>, caller: Caller) => Promise<Result>,
): CallableHandler<Result> {
  return async (request) => {
    // Identity and rights first: a caller without them learns nothing about what input is valid.
    const caller = authorize(request, rules);
    const parsed = rules.input.safeParse(request.data);
    if (!parsed.success) {
      throw callableError(
        'invalid-argument',
        'Certaines informations sont invalides : corrigez les champs signalés.',
        { reason: 'invalid-input', issues: toFieldIssues(parsed.error) },
      );
    }
    return handler(parsed.data, caller);
  };
}

function authorize(request: CallableRequest<unknown>, rules: CallableRules<z.ZodType>): Caller {
  if (!request.auth) {
    // The code alone tells the client to send the user to the sign-in page.
    throw callableError('unauthenticated', 'Connectez-vous pour continuer.');
  }
  const { uid, token } = request.auth;
  const caller: Caller = {
    uid,
    email: typeof token.email === 'string' && token.email !== '' ? token.email : null,
    emailVerified: token.email_verified === true,
    role: roleFromClaims(token),
  };
  if (rules.requireVerifiedEmail && !caller.emailVerified) {
    throw callableError(
      'failed-precondition',
      'Confirmez d’abord votre adresse e-mail grâce au lien que nous vous avons envoyé, puis réessayez.',
      { reason: 'email-not-verified' },
    );
  }
  if (rules.roles && (caller.role === null || !rules.roles.includes(caller.role))) {
    throw callableError('permission-denied', 'Vous n’avez pas les droits nécessaires pour cette action.', {
      reason: 'forbidden',
    });
  }
  return caller;
}
