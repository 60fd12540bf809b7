// resendMessage: staff send a message again as a new message `<id>~r<k>`, audited; members cannot.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { resendMessage } from '../../../functions/src/index.ts';
import { db } from '../../../functions/src/lib/admin.ts';
import { queueMail, queueSms } from '../../../functions/src/mail/outbox.ts';
import { deliverMailMessage } from '../../../functions/src/mail/deliverMail.ts';
import type { OutgoingMail } from '../../../functions/src/mail/transports/types.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { failing, mailDoc, notificationData, recordingTransport, smsDoc } from './support.ts';

const ID = 'booking-confirmation-b1';
const assistant = signedIn('staff-1', {
  email: 'assistant@agora.test',
  email_verified: true,
  role: 'assistant',
});
const admin = signedIn('admin-1', { email: 'admin@agora.test', email_verified: true, role: 'admin' });
const attachments = [
  { filename: 'rendez-vous.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' },
];

const auditEntries = async () => (await testDb.collection('auditLog').get()).docs.map((doc) => doc.data());

beforeEach(async () => {
  await resetEmulators();
  await queueMail(db(), ID, {
    to: 'camille.martin@agora.test',
    toName: 'Camille Martin',
    uid: 'member-1',
    template: 'notification',
    locale: 'en',
    data: notificationData,
    attachments,
  });
  // The original failed for good: the staff page offers to resend it.
  await deliverMailMessage(ID, { transport: recordingTransport<OutgoingMail>(failing(false)) });
});
afterAll(closeEmulators);

describe('resendMessage', () => {
  it('copies the message as <id>~r1, then ~r2, pending, and audits each request', async () => {
    await expect(call(resendMessage, { channel: 'mail', id: ID }, assistant)).resolves.toEqual({
      id: `${ID}~r1`,
    });
    // Resending the copy numbers from the original, not from the copy.
    await expect(call(resendMessage, { channel: 'mail', id: `${ID}~r1` }, admin)).resolves.toEqual({
      id: `${ID}~r2`,
    });

    const copy = (await mailDoc(`${ID}~r1`).get()).data();
    expect(copy).toEqual({
      to: 'camille.martin@agora.test',
      toName: 'Camille Martin',
      uid: 'member-1',
      template: 'notification',
      locale: 'en',
      data: notificationData,
      attachments,
      resendOf: ID,
      requestedBy: 'staff-1',
      delivery: expect.objectContaining({ state: 'pending', attempts: 0, lastError: null }),
      rendered: null,
      createdAt: expect.any(Timestamp),
    });
    expect((await mailDoc(`${ID}~r2`).get()).data()).toMatchObject({
      resendOf: `${ID}~r1`,
      requestedBy: 'admin-1',
    });
    // The original keeps its history.
    expect((await mailDoc(ID).get()).get('delivery.state')).toBe('error');

    const entries = await auditEntries();
    expect(entries).toHaveLength(2);
    expect(entries).toContainEqual({
      actor: 'staff-1',
      action: 'message.resend',
      target: `mail/${ID}`,
      after: `mail/${ID}~r1`,
      at: expect.any(Timestamp),
    });
  });

  it('creates distinct copies when two staff members resend at the same time', async () => {
    const ids = await Promise.all([
      call(resendMessage, { channel: 'mail', id: ID }, assistant),
      call(resendMessage, { channel: 'mail', id: ID }, admin),
    ]);
    expect(ids.map((result) => result.id).sort()).toEqual([`${ID}~r1`, `${ID}~r2`]);
  });

  it('resends an SMS to a member who still accepts them, and refuses once they opted out', async () => {
    await testDb.collection('users').doc('member-1').set({ phone: '+33622334455', smsOptIn: true });
    await queueSms(db(), 'reminder-b1', {
      uid: 'member-1',
      template: 'notification',
      locale: 'fr',
      data: { text: 'Rappel' },
    });

    await expect(call(resendMessage, { channel: 'sms', id: 'reminder-b1' }, assistant)).resolves.toEqual({
      id: 'reminder-b1~r1',
    });
    expect((await smsDoc('reminder-b1~r1').get()).data()).toMatchObject({
      to: '+33622334455',
      resendOf: 'reminder-b1',
      delivery: { state: 'pending' },
    });

    await testDb.collection('users').doc('member-1').update({ smsOptIn: false });
    const error = await rejection(call(resendMessage, { channel: 'sms', id: 'reminder-b1' }, assistant));
    expect(error.code).toBe('failed-precondition');
    expect((await smsDoc('reminder-b1~r2').get()).exists).toBe(false);
  });

  it.each([
    [
      'a member',
      signedIn('member-1', { email: 'camille.martin@agora.test', email_verified: true }),
      'permission-denied',
    ],
    [
      'a moderator',
      signedIn('mod-1', { email: 'mod@agora.test', email_verified: true, role: 'moderator' }),
      'permission-denied',
    ],
    [
      'staff with an unverified email',
      signedIn('staff-2', { email: 'new@agora.test', email_verified: false, role: 'admin' }),
      'failed-precondition',
    ],
    ['a visitor', undefined, 'unauthenticated'],
  ])('refuses %s and writes nothing', async (_who, auth, code) => {
    const error = await rejection(call(resendMessage, { channel: 'mail', id: ID }, auth));
    expect(error.code).toBe(code);
    expect((await mailDoc(`${ID}~r1`).get()).exists).toBe(false);
    expect(await auditEntries()).toEqual([]);
  });

  it('answers not-found for an unknown message and invalid-argument for a malformed request', async () => {
    expect((await rejection(call(resendMessage, { channel: 'mail', id: 'nope' }, admin))).code).toBe(
      'not-found',
    );
    const invalid = await rejection(call(resendMessage, { channel: 'fax', id: ID }, admin));
    expect(invalid.code).toBe('invalid-argument');
    expect(invalid.details?.issues?.map((issue) => issue.path)).toEqual(['channel']);
    expect(await auditEntries()).toEqual([]);
  });
});
