// The member a booking is for, read before its transaction: a complete profile is required to book
// (CAPS-2, ACC-2), and the mail needs the name and address.
import { isProfileComplete } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { callableError } from '../lib/errors.ts';
import type { Recipient } from './sessionMail.ts';

export async function readRecipient(uid: string): Promise<Recipient> {
  return (await readMemberProfile(uid)).recipient;
}

/** The recipient and the raw profile (SMS opt-in and number are read from it). */
export async function readMemberProfile(uid: string): Promise<{ recipient: Recipient; profile: unknown }> {
  const snapshot = await db().collection('users').doc(uid).get();
  const data = snapshot.data();
  if (!snapshot.exists || !isProfileComplete(data)) {
    throw callableError(
      'failed-precondition',
      'Complétez le profil (adresse, téléphone…) avant de réserver.',
      { reason: 'profile-incomplete' },
    );
  }
  return {
    recipient: {
      uid,
      email: String(data?.email),
      firstName: String(data?.firstName),
      lastName: String(data?.lastName),
    },
    profile: data,
  };
}
