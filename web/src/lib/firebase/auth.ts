// Firebase Authentication: account creation, sessions, email verification and password reset.
import {
  applyActionCode,
  confirmPasswordReset,
  createUserWithEmailAndPassword,
  onIdTokenChanged,
  sendEmailVerification,
  sendPasswordResetEmail,
  signInWithEmailAndPassword,
  signOut as firebaseSignOut,
  verifyPasswordResetCode,
  type IdTokenResult,
  type User,
} from 'firebase/auth';
import { FirebaseError } from 'firebase/app';
import { roleFromClaims, type StaffRole } from '@agora/domain';
import { auth } from './app.ts';

/** What the app needs to know about the signed-in user, read from the user and its ID token. */
export interface AuthSession {
  uid: string;
  email: string | null;
  emailVerified: boolean;
  /** The `role` custom claim of the current ID token; null for members. */
  role: StaffRole | null;
  /** When the current ID token was issued (ms): claims changed after it are not in it yet. */
  tokenIssuedAtMillis: number;
}

function toSession(user: User, token: IdTokenResult | null): AuthSession {
  return {
    uid: user.uid,
    email: user.email,
    emailVerified: user.emailVerified,
    role: token ? roleFromClaims(token.claims) : null,
    tokenIssuedAtMillis: token ? Date.parse(token.issuedAtTime) : 0,
  };
}

/** Calls back with the session on sign-in, sign-out and every ID token refresh. */
export function watchSession(callback: (session: AuthSession | null) => void): () => void {
  let latest = 0;
  return onIdTokenChanged(auth, (user) => {
    const call = ++latest;
    if (!user) {
      callback(null);
      return;
    }
    user.getIdTokenResult().then(
      (token) => {
        if (call === latest) callback(toSession(user, token));
      },
      () => {
        // Offline with an expired token: keep the user signed in, without staff rights.
        if (call === latest) callback(toSession(user, null));
      },
    );
  });
}

/** Where verification and reset links bring the user back to after the Firebase action page. */
function continueUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

export function setAuthLanguage(languageCode: string): void {
  auth.languageCode = languageCode;
}

export async function signUp(email: string, password: string): Promise<string> {
  const credential = await createUserWithEmailAndPassword(auth, email, password);
  return credential.user.uid;
}

export async function signIn(email: string, password: string): Promise<void> {
  await signInWithEmailAndPassword(auth, email, password);
}

export async function signOut(): Promise<void> {
  await firebaseSignOut(auth);
}

/** The email of the signed-in user, if any (used to resume an interrupted sign-up). */
export function currentUserEmail(): string | null {
  return auth.currentUser?.email ?? null;
}

export async function sendVerificationEmail(): Promise<void> {
  const user = auth.currentUser;
  if (!user) throw new FirebaseError('auth/no-current-user', 'Not signed in');
  await sendEmailVerification(user, { url: continueUrl('/verify-email') });
}

export async function sendPasswordReset(email: string): Promise<void> {
  await sendPasswordResetEmail(auth, email, { url: continueUrl('/sign-in') });
}

/**
 * Reloads the user from Auth and forces a new ID token, so a fresh `email_verified` reaches both
 * the UI and the callables. Resolves with the current verification state.
 */
export async function reloadUser(): Promise<boolean> {
  const user = auth.currentUser;
  if (!user) return false;
  await user.reload();
  await user.getIdToken(true);
  return user.emailVerified;
}

/** Fetches a new ID token so that freshly granted or removed custom claims apply now. */
export async function refreshIdToken(): Promise<void> {
  await auth.currentUser?.getIdToken(true);
}

/** Applies a verifyEmail action code (custom action handler), then refreshes the session. */
export async function applyEmailVerificationCode(oobCode: string): Promise<void> {
  await applyActionCode(auth, oobCode);
  if (auth.currentUser) await reloadUser();
}

/** Checks a password reset code and answers the email it was issued for. */
export async function checkPasswordResetCode(oobCode: string): Promise<string> {
  return verifyPasswordResetCode(auth, oobCode);
}

export async function confirmNewPassword(oobCode: string, newPassword: string): Promise<void> {
  await confirmPasswordReset(auth, oobCode, newPassword);
}

export const AUTH_ERROR_KEYS = [
  'emailAlreadyInUse',
  'invalidEmail',
  'weakPassword',
  'invalidCredential',
  'userDisabled',
  'tooManyRequests',
  'network',
  'invalidActionCode',
  'expiredActionCode',
  'unknown',
] as const;
export type AuthErrorKey = (typeof AUTH_ERROR_KEYS)[number];

/** Maps a Firebase Auth error to a stable key the UI translates (errors.auth.<key>). */
export function authErrorKey(error: unknown): AuthErrorKey {
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/email-already-in-use':
      return 'emailAlreadyInUse';
    case 'auth/invalid-email':
    case 'auth/missing-email':
      return 'invalidEmail';
    case 'auth/weak-password':
    case 'auth/password-does-not-meet-requirements':
      return 'weakPassword';
    case 'auth/invalid-credential':
    case 'auth/invalid-login-credentials':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/missing-password':
      return 'invalidCredential';
    case 'auth/user-disabled':
      return 'userDisabled';
    case 'auth/too-many-requests':
      return 'tooManyRequests';
    case 'auth/network-request-failed':
    case 'auth/timeout':
      return 'network';
    case 'auth/invalid-action-code':
      return 'invalidActionCode';
    case 'auth/expired-action-code':
      return 'expiredActionCode';
    default:
      return 'unknown';
  }
}
