// Links that messages carry back into the web app.
import { APP_ORIGIN, LOCAL_APP_ORIGIN } from '../config/params.ts';
import { auth } from '../lib/admin.ts';

/** The web app's origin: the APP_ORIGIN parameter, or the Hosting emulator's when it is unset. */
export function appOrigin(): string {
  return (APP_ORIGIN.value().trim() || LOCAL_APP_ORIGIN).replace(/\/+$/, '');
}

/** A verification link (Admin SDK) that brings the member back to the app's /verify-email page. */
export function emailVerificationLink(email: string): Promise<string> {
  return auth().generateEmailVerificationLink(email, { url: `${appOrigin()}/verify-email` });
}
