// requestVerificationEmail: a member with an unconfirmed address gets the verification mail
// through the outbox, at most one per minute.
import { closeEmulators, resetEmulators, testAuth, testDb } from '../support/emulators.ts';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestVerificationEmail } from '../../../functions/src/index.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { mailDoc } from './support.ts';

const UID = 'member-new';
const member = signedIn(UID, { email: 'lou@agora.test', email_verified: false });

const mails = async () => (await testDb.collection('mail').get()).docs;

beforeEach(async () => {
  await resetEmulators();
  await testAuth.createUser({
    uid: UID,
    email: 'lou@agora.test',
    emailVerified: false,
    displayName: 'Lou Garnier',
  });
  // Only Date is faked: the emulator clients keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(closeEmulators);

describe('requestVerificationEmail', () => {
  it('queues one welcome-verification mail per minute, with a link back to the app', async () => {
    vi.setSystemTime(new Date('2026-03-02T08:15:05Z'));
    await expect(call(requestVerificationEmail, {}, member)).resolves.toEqual({
      id: `verify-${UID}-202603020815`,
    });
    vi.setSystemTime(new Date('2026-03-02T08:15:59Z'));
    await expect(call(requestVerificationEmail, { locale: 'en' }, member)).resolves.toEqual({
      id: `verify-${UID}-202603020815`,
    });
    expect(await mails()).toHaveLength(1);

    const mail = (await mailDoc(`verify-${UID}-202603020815`).get()).data();
    expect(mail).toMatchObject({
      to: 'lou@agora.test',
      toName: 'Lou Garnier',
      uid: UID,
      template: 'welcome-verification',
      locale: 'fr',
      data: { firstName: 'Lou' },
      delivery: { state: 'pending' },
    });
    const link = new URL(mail?.data.verificationUrl as string);
    expect(link.searchParams.get('mode')).toBe('verifyEmail');
    expect(link.searchParams.get('oobCode')).toEqual(expect.any(String));
    expect(link.searchParams.get('continueUrl')).toBe('http://127.0.0.1:5000/verify-email');

    vi.setSystemTime(new Date('2026-03-02T08:16:00Z'));
    await expect(call(requestVerificationEmail, { locale: 'en' }, member)).resolves.toEqual({
      id: `verify-${UID}-202603020816`,
    });
    expect(await mails()).toHaveLength(2);
    expect((await mailDoc(`verify-${UID}-202603020816`).get()).get('locale')).toBe('en');
  });

  it('greets the member by the first name of their profile when there is one', async () => {
    await testDb.collection('users').doc(UID).set({ firstName: 'Louise' });
    const { id } = await call(requestVerificationEmail, {}, member);
    expect((await mailDoc(id).get()).get('data.firstName')).toBe('Louise');
  });

  it('refuses an account whose address is already verified, even with an old token', async () => {
    await testAuth.updateUser(UID, { emailVerified: true });
    const error = await rejection(call(requestVerificationEmail, {}, member));
    expect(error.code).toBe('failed-precondition');
    expect(await mails()).toHaveLength(0);
  });

  it('refuses visitors and malformed input', async () => {
    expect((await rejection(call(requestVerificationEmail, {}))).code).toBe('unauthenticated');
    expect((await rejection(call(requestVerificationEmail, { locale: 'de' }, member))).code).toBe(
      'invalid-argument',
    );
    expect(await mails()).toHaveLength(0);
  });
});
