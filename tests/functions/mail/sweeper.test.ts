// NTF-1: the sweeper delivers what no trigger will: due retries, expired leases, and new messages
// whose trigger never ran; it leaves everything else alone.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { LEASE_MS, afterFailure, afterSuccess, lease, newDelivery, type Delivery } from '@agora/domain';
import { db } from '../../../functions/src/lib/admin.ts';
import { toStoredDelivery } from '../../../functions/src/mail/deliveryRecord.ts';
import { queueMail, queueSms } from '../../../functions/src/mail/outbox.ts';
import { sweepOutboxes } from '../../../functions/src/mail/sweeper.ts';
import type { OutgoingMail, OutgoingSms } from '../../../functions/src/mail/transports/types.ts';
import { T0, deliveryOf, mailDoc, notificationData, recordingTransport, smsDoc } from './support.ts';

const at = (ms: number) => new Date(T0.getTime() + ms);
const failure = { message: 'HTTP 503', retryable: true };

async function queueWith(id: string, delivery: Delivery) {
  await queueMail(db(), id, {
    to: `${id}@agora.test`,
    template: 'notification',
    locale: 'fr',
    data: notificationData,
  });
  await mailDoc(id).update({ delivery: toStoredDelivery(delivery) });
}

beforeEach(resetEmulators);
afterAll(closeEmulators);

describe('outboxSweeper', () => {
  it('delivers due retries, expired leases and untouched new messages, and nothing else', async () => {
    const now = at(10 * 60_000);
    await queueWith('never-triggered', newDelivery(T0));
    // Queued a moment ago: its trigger is on it.
    await queueWith('just-queued', newDelivery(at(10 * 60_000 - 1000)));
    await queueWith('retry-due', afterFailure(lease(newDelivery(T0), T0), failure, T0));
    await queueWith('retry-later', afterFailure(lease(newDelivery(T0), T0), failure, at(10 * 60_000 - 1000)));
    await queueWith('crashed', lease(newDelivery(T0), at(10 * 60_000 - LEASE_MS)));
    await queueWith('in-progress', lease(newDelivery(T0), at(10 * 60_000 - 1000)));
    await queueWith(
      'already-sent',
      afterSuccess(lease(newDelivery(T0), T0), { transport: 'capture', providerMessageId: null }, T0),
    );
    await testDb.collection('users').doc('member-1').set({ phone: '+33622334455', smsOptIn: true });
    await queueSms(
      db(),
      'sms-new',
      { uid: 'member-1', template: 'notification', locale: 'fr', data: { text: 'Bonjour' } },
      { now: T0 },
    );
    const mailTransport = recordingTransport<OutgoingMail>();
    const smsTransport = recordingTransport<OutgoingSms>();

    const report = await sweepOutboxes({ now: () => now, mailTransport, smsTransport });

    expect(report).toEqual({ mail: { sent: 3 }, sms: { sent: 1 } });
    expect(mailTransport.sent.map((mail) => mail.id).sort()).toEqual([
      'crashed',
      'never-triggered',
      'retry-due',
    ]);
    expect(smsTransport.sent.map((sms) => sms.id)).toEqual(['sms-new']);
    expect((await deliveryOf(mailDoc('retry-later'))).state).toBe('retry');
    expect((await deliveryOf(mailDoc('just-queued'))).state).toBe('pending');
    expect((await deliveryOf(mailDoc('in-progress'))).state).toBe('processing');
    expect((await deliveryOf(smsDoc('sms-new'))).state).toBe('sent');

    // A second run finds nothing more to do at the same time.
    await expect(sweepOutboxes({ now: () => now, mailTransport, smsTransport })).resolves.toEqual({
      mail: {},
      sms: {},
    });
    expect(mailTransport.sent).toHaveLength(3);
  });
});
