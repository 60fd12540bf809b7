// The welcome mail of a new account: queued by the first profile save of an account whose address
// is not verified yet, with the verification link. Once per account (`welcome-<uid>`), and not at
// all when a verification mail was already asked for (requestVerificationEmail).
import type { Transaction } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import {
  DEFAULT_LOCALE,
  organizationSettingsSchema,
  welcomeMailId,
  type Locale,
  type WelcomeVerificationData,
} from '@agora/domain';
import { auth, db } from '../lib/admin.ts';
import { mailOutbox, queueMail, type Queued } from './outbox.ts';
import { emailVerificationLink } from './links.ts';

export interface WelcomeMail {
  uid: string;
  email: string;
  toName: string;
  locale: Locale;
  data: WelcomeVerificationData;
}

/**
 * Everything the welcome mail needs, gathered before the profile's transaction (generating the
 * link calls Auth, which a transaction that may run again must not do); null when no welcome mail
 * is due: address verified, profile already saved once, or a verification mail already queued.
 * Never throws: a member's profile matters more than this mail, which they can ask for again.
 */
export async function prepareWelcomeMail(person: {
  uid: string;
  email: string;
  emailVerified: boolean;
  firstName: string;
  lastName: string;
}): Promise<WelcomeMail | null> {
  if (person.emailVerified) return null;
  try {
    const [profile, queued, account] = await Promise.all([
      db().collection('users').doc(person.uid).get(),
      mailOutbox()
        .where('uid', '==', person.uid)
        .where('template', '==', 'welcome-verification')
        .limit(1)
        .get(),
      auth().getUser(person.uid),
    ]);
    // The token may predate the click on the link: the account record has the last word.
    if (profile.get('createdAt') !== undefined || !queued.empty || account.emailVerified) return null;
    const verificationUrl = await emailVerificationLink(person.email);
    return {
      uid: person.uid,
      email: person.email,
      toName: `${person.firstName} ${person.lastName}`,
      locale: await organizationLocale(),
      data: { firstName: person.firstName, verificationUrl },
    };
  } catch (error) {
    logger.error('welcome mail not prepared; the member can ask for the verification mail again', {
      uid: person.uid,
      error: String(error),
    });
    return null;
  }
}

/** Queues the prepared welcome mail in the profile's transaction; call it before the transaction's writes. */
export function queueWelcomeMail(tx: Transaction, welcome: WelcomeMail): Promise<Queued> {
  return queueMail(tx, welcomeMailId(welcome.uid), {
    to: welcome.email,
    toName: welcome.toName,
    uid: welcome.uid,
    template: 'welcome-verification',
    locale: welcome.locale,
    data: welcome.data,
  });
}

/** The organisation's default language: sign-up does not say which one the member reads. */
export async function organizationLocale(): Promise<Locale> {
  const settings = (await db().collection('settings').doc('organization').get()).data();
  const parsed = organizationSettingsSchema.shape.defaultLocale.safeParse(settings?.defaultLocale);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}
