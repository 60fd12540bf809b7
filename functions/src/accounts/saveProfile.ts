// `saveProfile` (contract): a member writes their own profile and privacy consent to `users/{uid}`.
// The only way a client changes that document; role fields stay with setUserRole.
import { FieldValue } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { saveProfileInputSchema, userDocSchema, type ProfileFields } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { prepareWelcomeMail, queueWelcomeMail } from '../mail/welcome.ts';

export const handleSaveProfile = callable(
  {
    input: saveProfileInputSchema,
    // Exception to the contract's verified-email rule: the sign-up page saves the profile right
    // after creating the account, before the member can have clicked the verification link.
    // Every other callable still requires it, so saving a profile unlocks nothing by itself.
    requireVerifiedEmail: false,
  },
  async (input, caller) => {
    if (caller.email === null) {
      // The profile's email is the sign-in address; accounts without one cannot hold a profile.
      throw callableError(
        'failed-precondition',
        'Votre compte n’a pas d’adresse e-mail : inscrivez-vous avec une adresse e-mail.',
        { reason: 'forbidden' },
      );
    }
    const email = caller.email;
    const ref = db().collection('users').doc(caller.uid);
    const welcome = await prepareWelcomeMail({
      uid: caller.uid,
      email,
      emailVerified: caller.emailVerified,
      firstName: input.firstName,
      lastName: input.lastName,
    });
    await db().runTransaction(async (tx) => {
      const stored = (await tx.get(ref)).data();
      const firstSave = !userDocSchema.shape.createdAt.safeParse(stored?.createdAt).success;
      // The welcome mail is queued with the first save only, in its transaction (the outbox
      // document is the side effect's record; the delivery trigger sends it).
      if (welcome !== null && firstSave) await queueWelcomeMail(tx, welcome);
      const now = FieldValue.serverTimestamp();
      const storedConsent = userDocSchema.shape.consent.safeParse(stored?.consent);
      // Consent is dated when this policy version was first accepted, not at every edit.
      const consentKept =
        storedConsent.success && storedConsent.data.policyVersion === input.consent.policyVersion;
      const write = {
        ...profileFields(input),
        email,
        ...(consentKept
          ? {}
          : { consent: { policyVersion: input.consent.policyVersion, accepted: true, acceptedAt: now } }),
        ...(firstSave ? { createdAt: now } : {}),
        updatedAt: now,
      };
      // mergeFields replaces each listed top-level field whole (a cleared address.line2 disappears)
      // and leaves every other field, such as the server-owned role and claimsUpdatedAt, untouched.
      tx.set(ref, write, { mergeFields: Object.keys(write) });
    });
    return { ok: true as const };
  },
);

export const saveProfile = onCall(callableOptions, handleSaveProfile);

/** The stored profile: normalised values, optional fields omitted rather than undefined. */
function profileFields(input: ProfileFields) {
  const { line2, ...address } = input.address;
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone,
    address: line2 === undefined ? address : { ...address, line2 },
    birthDate: input.birthDate,
    status: input.status,
    smsOptIn: input.smsOptIn ?? false,
  };
}
