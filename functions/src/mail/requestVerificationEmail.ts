// `requestVerificationEmail`: a member who has not confirmed their address asks for the mail with
// the link again. The link comes from the Admin SDK and goes out through the outbox, branded like
// every other message. At most one mail per minute: the id is the minute it was asked in.
import { onCall } from 'firebase-functions/v2/https';
import type { UserRecord } from 'firebase-admin/auth';
import {
  requestVerificationEmailInputSchema,
  verificationMailId,
  welcomeVerificationDataSchema,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { auth, db } from '../lib/admin.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { emailVerificationLink } from './links.ts';
import { mailOutbox, queueMail } from './outbox.ts';
import { organizationLocale } from './welcome.ts';

export const handleRequestVerificationEmail = callable(
  {
    input: requestVerificationEmailInputSchema,
    // The very point of this callable is to reach a verified email.
    requireVerifiedEmail: false,
  },
  async (input, caller): Promise<{ id: string }> => {
    const account = await auth().getUser(caller.uid);
    if (!account.email) {
      throw callableError(
        'failed-precondition',
        'Votre compte n’a pas d’adresse e-mail : inscrivez-vous avec une adresse e-mail.',
        { reason: 'forbidden' },
      );
    }
    // The account record, not the token: the member may have clicked the link since signing in.
    if (account.emailVerified) {
      throw callableError(
        'failed-precondition',
        'Votre adresse e-mail est déjà confirmée : rechargez la page.',
      );
    }
    const id = verificationMailId(caller.uid, new Date());
    // Asked again within the same minute: the same mail, not another one.
    if ((await mailOutbox().doc(id).get()).exists) return { id };

    // The language the member reads the site in, else the organisation's, as for the welcome mail.
    const locale = input.locale ?? (await organizationLocale());
    const data = await verificationMailData(account);
    await queueMail(db(), id, {
      to: account.email,
      ...(account.displayName ? { toName: account.displayName } : {}),
      uid: caller.uid,
      template: 'welcome-verification',
      locale,
      data,
    });
    return { id };
  },
);

export const requestVerificationEmail = onCall(callableOptions, handleRequestVerificationEmail);

/** The welcome-verification data: a fresh link back to the app's /verify-email page. */
async function verificationMailData(account: UserRecord) {
  const email = account.email ?? '';
  const verificationUrl = await emailVerificationLink(email);
  const profile = (await db().collection('users').doc(account.uid).get()).data();
  return welcomeVerificationDataSchema.parse({
    firstName: firstNameOf(profile, account),
    verificationUrl,
  });
}

function firstNameOf(profile: Record<string, unknown> | undefined, account: UserRecord): string {
  const fromProfile = typeof profile?.firstName === 'string' ? profile.firstName.trim() : '';
  if (fromProfile) return fromProfile;
  const fromAccount = account.displayName?.trim().split(/\s+/)[0] ?? '';
  // A greeting needs a name; the address's local part beats "Bonjour ,".
  return fromAccount || (account.email ?? '').split('@')[0] || (account.email ?? '');
}
