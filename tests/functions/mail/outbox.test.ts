// NTF-1: queuing. The message id is the idempotency key; SMS go only to members who opted in.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { ZodError } from 'zod';
import { db } from '../../../functions/src/lib/admin.ts';
import { queueMail, queueSms } from '../../../functions/src/mail/outbox.ts';
import { T0, mailDoc, notificationData, smsDoc } from './support.ts';

const mailRequest = {
  to: 'camille.martin@agora.test',
  uid: 'member-1',
  template: 'notification' as const,
  locale: 'fr' as const,
  data: notificationData,
};

async function seedProfile(uid: string, smsOptIn: boolean | undefined) {
  await testDb
    .collection('users')
    .doc(uid)
    .set({ firstName: 'Camille', phone: '+33622334455', ...(smsOptIn === undefined ? {} : { smsOptIn }) });
}

beforeEach(resetEmulators);
afterAll(closeEmulators);

describe('queueMail', () => {
  it('writes a pending message, due at once', async () => {
    await expect(queueMail(db(), 'm1', mailRequest, { now: T0 })).resolves.toEqual({
      id: 'm1',
      created: true,
    });

    expect((await mailDoc('m1').get()).data()).toEqual({
      ...mailRequest,
      delivery: {
        state: 'pending',
        attempts: 0,
        maxAttempts: 5,
        leaseExpiresAt: null,
        nextAttemptAt: Timestamp.fromDate(T0),
        lastError: null,
        sentAt: null,
        transport: null,
        providerMessageId: null,
        updatedAt: Timestamp.fromDate(T0),
      },
      rendered: null,
      createdAt: expect.any(Timestamp),
    });
  });

  it('queues the same id once: a second call writes nothing', async () => {
    await queueMail(db(), 'booking-confirmation-b1', mailRequest);
    const first = await mailDoc('booking-confirmation-b1').get();

    const second = await queueMail(db(), 'booking-confirmation-b1', {
      ...mailRequest,
      to: 'other@agora.test',
    });

    expect(second).toEqual({ id: 'booking-confirmation-b1', created: false });
    const after = await mailDoc('booking-confirmation-b1').get();
    expect(after.updateTime).toEqual(first.updateTime);
    expect(after.get('to')).toBe('camille.martin@agora.test');
    expect((await testDb.collection('mail').get()).size).toBe(1);
  });

  it('queues once inside transactions too, and only if the transaction commits', async () => {
    const inTransaction = () => db().runTransaction((tx) => queueMail(tx, 'm1', mailRequest));
    await expect(inTransaction()).resolves.toEqual({ id: 'm1', created: true });
    await expect(inTransaction()).resolves.toEqual({ id: 'm1', created: false });
    expect((await testDb.collection('mail').get()).size).toBe(1);

    const aborted = db().runTransaction(async (tx) => {
      await queueMail(tx, 'm2', mailRequest);
      throw new Error('the change the mail reports failed');
    });
    await expect(aborted).rejects.toThrow('the change the mail reports failed');
    expect((await mailDoc('m2').get()).exists).toBe(false);
  });

  it('refuses data the template cannot render, writing nothing', async () => {
    await expect(
      queueMail(db(), 'm1', { ...mailRequest, data: { ...notificationData, paragraphs: [] } }),
    ).rejects.toBeInstanceOf(ZodError);
    expect((await mailDoc('m1').get()).exists).toBe(false);
  });

  it('keeps attachments as given', async () => {
    const attachments = [
      { filename: 'rendez-vous.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' },
      { filename: 'facture.pdf', contentType: 'application/pdf', storagePath: 'invoices/F-2026-0001.pdf' },
    ];
    await queueMail(db(), 'm1', { ...mailRequest, attachments });
    expect((await mailDoc('m1').get()).get('attachments')).toEqual(attachments);
  });
});

describe('queueSms', () => {
  const smsRequest = {
    uid: 'member-1',
    template: 'notification' as const,
    locale: 'fr' as const,
    data: { text: 'Votre atelier commence dans 2 h.' },
  };

  it('texts a member who opted in, at their profile number', async () => {
    await seedProfile('member-1', true);

    await expect(queueSms(db(), 'reminder-b1', smsRequest)).resolves.toEqual({
      id: 'reminder-b1',
      created: true,
    });
    await expect(queueSms(db(), 'reminder-b1', smsRequest)).resolves.toEqual({
      id: 'reminder-b1',
      created: false,
    });

    expect((await smsDoc('reminder-b1').get()).data()).toMatchObject({
      to: '+33622334455',
      uid: 'member-1',
      template: 'notification',
      data: smsRequest.data,
      delivery: { state: 'pending', attempts: 0 },
      rendered: null,
    });
  });

  it.each([
    ['opted out', false],
    ['never answered', undefined],
  ])('skips a member who %s, writing nothing', async (_case, smsOptIn) => {
    await seedProfile('member-1', smsOptIn);
    await expect(queueSms(db(), 'reminder-b1', smsRequest)).resolves.toBeNull();
    expect((await testDb.collection('sms').get()).size).toBe(0);
  });

  it('skips a member without a profile, also inside a transaction', async () => {
    await expect(db().runTransaction((tx) => queueSms(tx, 'reminder-b1', smsRequest))).resolves.toBeNull();
    expect((await testDb.collection('sms').get()).size).toBe(0);
  });
});
