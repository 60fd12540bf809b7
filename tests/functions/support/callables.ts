// Calls deployed callables the way the runtime does once it has verified an ID token, and reads
// back the HttpsError they answer with.
import type { CallableFunction, CallableRequest } from 'firebase-functions/v2/https';
import { PROJECT_ID, testEnv } from './emulators.ts';

type AuthData = NonNullable<CallableRequest['auth']>;

export interface TokenClaims {
  email?: string;
  email_verified?: boolean;
  role?: string;
  [claim: string]: unknown;
}

/** The auth part of a request: a decoded ID token for `uid` with the given claims. */
export function signedIn(uid: string, claims: TokenClaims = {}): AuthData {
  const now = Math.floor(Date.now() / 1000);
  return {
    uid,
    rawToken: `test-token-${uid}`,
    token: {
      aud: PROJECT_ID,
      iss: `https://securetoken.google.com/${PROJECT_ID}`,
      sub: uid,
      uid,
      iat: now,
      exp: now + 3600,
      auth_time: now,
      firebase: { identities: {}, sign_in_provider: 'password' },
      ...claims,
    },
  };
}

/** Runs the trigger itself (not only its handler), as the Functions runtime would. */
export async function call<Result>(
  fn: CallableFunction<unknown, Promise<Result>>,
  data: unknown,
  auth?: AuthData,
): Promise<Result> {
  const request: CallableRequest = {
    data,
    auth,
    rawRequest: {} as CallableRequest['rawRequest'],
    acceptsStreaming: false,
  };
  return testEnv.wrap(fn)(request);
}

export interface CallableFailure {
  code: string;
  message: string;
  details?: { reason?: string; issues?: { path: string; code: string; message: string }[] };
}

/** The error a call rejects with; fails the test when the call succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<CallableFailure> {
  try {
    await promise;
  } catch (error) {
    return error as CallableFailure;
  }
  throw new Error('expected the call to be rejected, but it succeeded');
}
