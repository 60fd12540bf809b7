// The welcome mail: the first profile save of an unverified account queues `welcome-<uid>` with
// the verification link, once, and only when no verification mail was asked for already.
import { closeEmulators, resetEmulators, testAuth, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { requestVerificationEmail, saveProfile } from '../../../functions/src/index.ts';
import { call, signedIn } from '../support/callables.ts';
import { validProfileInput } from '../support/profiles.ts';
import { mailDoc, organizationSettings } from './support.ts';

const UID = 'member-new';
const unverified = signedIn(UID, { email: 'elise@example.fr', email_verified: false });

const mails = async () =>
  (await testDb.collection('mail').get()).docs.map((doc) => ({ id: doc.id, ...doc.data() }));

beforeEach(async () => {
  await resetEmulators();
  await testAuth.createUser({ uid: UID, email: 'elise@example.fr', emailVerified: false });
});
afterAll(closeEmulators);

describe('saveProfile: welcome mail', () => {
  it('queues welcome-<uid> with the verification link on the first save, and never again', async () => {
    await call(saveProfile, validProfileInput(), unverified);
    await call(saveProfile, { ...validProfileInput(), firstName: 'Lise' }, unverified);

    expect(await mails()).toHaveLength(1);
    const mail = (await mailDoc(`welcome-${UID}`).get()).data();
    expect(mail).toMatchObject({
      to: 'elise@example.fr',
      toName: 'Élise d’Aubigné',
      uid: UID,
      template: 'welcome-verification',
      locale: 'fr',
      data: { firstName: 'Élise', verificationUrl: expect.stringContaining('mode=verifyEmail') },
      delivery: { state: 'pending', attempts: 0 },
    });
    const link = new URL(mail?.data.verificationUrl as string);
    expect(link.searchParams.get('continueUrl')).toBe('http://127.0.0.1:5000/verify-email');
  });

  it('writes it in the organisation’s default language', async () => {
    await testDb
      .collection('settings')
      .doc('organization')
      .set({ ...organizationSettings, defaultLocale: 'en' });
    await call(saveProfile, validProfileInput(), unverified);
    expect((await mailDoc(`welcome-${UID}`).get()).get('locale')).toBe('en');
  });

  it('queues nothing for a verified address, even when the token is older than the click', async () => {
    await call(
      saveProfile,
      validProfileInput(),
      signedIn(UID, { email: 'elise@example.fr', email_verified: true }),
    );
    expect(await mails()).toEqual([]);

    await testDb.collection('users').doc(UID).delete();
    await testAuth.updateUser(UID, { emailVerified: true });
    await call(saveProfile, validProfileInput(), unverified);
    expect(await mails()).toEqual([]);
    expect((await testDb.collection('users').doc(UID).get()).exists).toBe(true);
  });

  it('queues nothing when the member already asked for a verification mail', async () => {
    const { id } = await call(requestVerificationEmail, {}, unverified);
    await call(saveProfile, validProfileInput(), unverified);
    expect((await mails()).map((mail) => mail.id)).toEqual([id]);
  });

  it('still saves the profile when the link cannot be generated', async () => {
    const unknown = signedIn('not-in-auth', { email: 'ghost@example.fr', email_verified: false });
    await expect(call(saveProfile, validProfileInput(), unknown)).resolves.toEqual({ ok: true });
    expect((await testDb.collection('users').doc('not-in-auth').get()).get('firstName')).toBe('Élise');
    expect(await mails()).toEqual([]);
  });
});
