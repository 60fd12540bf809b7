// NTF-1 against the Firestore emulator: the leased delivery of queued mails. Each test calls the
// deployed delivery code with a recording transport and, where time matters, a clock it moves.
import { closeEmulators, resetEmulators, testDb, testEnv } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { LEASE_EXPIRED_ERROR, LEASE_MS, lease, newDelivery } from '@agora/domain';
import { deliverMail } from '../../../functions/src/index.ts';
import { deliverMailMessage } from '../../../functions/src/mail/deliverMail.ts';
import { toStoredDelivery } from '../../../functions/src/mail/deliveryRecord.ts';
import { queueMail } from '../../../functions/src/mail/outbox.ts';
import { db } from '../../../functions/src/lib/admin.ts';
import type { OutgoingMail } from '../../../functions/src/mail/transports/types.ts';
import {
  T0,
  deliveryOf,
  failing,
  fakeClock,
  mailDoc,
  notificationData,
  organizationSettings,
  recordingTransport,
  sleep,
} from './support.ts';

const ID = 'booking-confirmation-b1';

function queueNotification(id = ID, now = T0) {
  return queueMail(
    db(),
    id,
    {
      to: 'camille.martin@agora.test',
      toName: 'Camille Martin',
      uid: 'member-1',
      template: 'notification',
      locale: 'fr',
      data: notificationData,
    },
    { now },
  );
}

beforeEach(resetEmulators);
afterAll(closeEmulators);

describe('delivery: a queued mail', () => {
  it('is sent once, with the rendered content kept in the document', async () => {
    await testDb.collection('settings').doc('organization').set(organizationSettings);
    await queueNotification();
    const transport = recordingTransport<OutgoingMail>();
    const clock = fakeClock(new Date(T0.getTime() + 1000));

    await expect(deliverMailMessage(ID, { transport, now: clock.now })).resolves.toBe('sent');
    await expect(deliverMailMessage(ID, { transport, now: clock.now })).resolves.toBe('not-due');

    expect(transport.sent).toHaveLength(1);
    const [mail] = transport.sent;
    expect(mail).toMatchObject({
      id: ID,
      from: { email: 'no-reply@agora.test', name: 'Les Ateliers Agora' },
      replyTo: 'contact@ateliers-agora.test',
      to: { email: 'camille.martin@agora.test', name: 'Camille Martin' },
      subject: expect.stringContaining('Votre réservation est confirmée'),
      attachments: [],
    });
    expect(mail?.html).toContain('Rendez-vous lundi à 9 h.');
    expect(mail?.html).toContain('#0b6e4f');
    expect(mail?.html).toContain('SIRET 12345678900012');
    expect(mail?.text).toContain('Voir ma réservation');

    const stored = (await mailDoc(ID).get()).data();
    expect(stored?.rendered).toEqual({ subject: mail?.subject, html: mail?.html, text: mail?.text });
    expect(stored?.delivery).toEqual({
      state: 'sent',
      attempts: 1,
      maxAttempts: 5,
      leaseExpiresAt: null,
      nextAttemptAt: null,
      lastError: null,
      sentAt: Timestamp.fromDate(clock.now()),
      transport: 'capture',
      providerMessageId: 'provider-1',
      updatedAt: Timestamp.fromDate(clock.now()),
    });
    expect(stored?.createdAt).toBeInstanceOf(Timestamp);
  });

  it('is delivered by the deployed trigger when the document is written', async () => {
    await queueNotification();
    const before = await mailDoc('not-there-before').get();
    const created = await mailDoc(ID).get();
    const event = (change: unknown) =>
      ({ data: change, params: { id: ID } }) as unknown as Parameters<typeof deliverMail.run>[0];

    // No SendGrid key in the test environment: the trigger picks the capture transport.
    await expect(deliverMail.run(event(testEnv.makeChange(before, created)))).resolves.toBe('sent');

    expect(await deliveryOf(mailDoc(ID))).toMatchObject({ state: 'sent', attempts: 1, transport: 'capture' });
    expect((await mailDoc(ID).get()).get('rendered.subject')).toEqual(expect.any(String));
    // The trigger runs again for its own writes and leaves the message alone, without a transaction.
    const sent = await mailDoc(ID).get();
    await expect(deliverMail.run(event(testEnv.makeChange(created, sent)))).resolves.toBe('skipped');
  });

  it('renders with a neutral branding until the organisation is set up', async () => {
    await queueNotification();
    const transport = recordingTransport<OutgoingMail>();

    await deliverMailMessage(ID, { transport });

    expect(transport.sent[0]?.from).toEqual({ email: 'no-reply@agora.test', name: 'Agora' });
    expect(transport.sent[0]).not.toHaveProperty('replyTo');
  });
});

describe('delivery: failures', () => {
  it('retries a transport failure with a growing backoff and ends in error after maxAttempts', async () => {
    await queueNotification();
    const transport = recordingTransport<OutgoingMail>(failing(true));
    const clock = fakeClock(T0);
    const delays: number[] = [];

    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(deliverMailMessage(ID, { transport, now: clock.now })).resolves.toBe(
        attempt < 5 ? 'retry' : 'error',
      );
      const delivery = await deliveryOf(mailDoc(ID));
      expect(delivery).toMatchObject({ attempts: attempt, lastError: 'HTTP 503 from the provider' });
      if (delivery.nextAttemptAt === null) break;
      // Not before the backoff has elapsed...
      await expect(deliverMailMessage(ID, { transport, now: clock.now })).resolves.toBe('not-due');
      delays.push(delivery.nextAttemptAt.toMillis() - clock.now().getTime());
      // ...and at once after.
      clock.set(delivery.nextAttemptAt.toDate());
    }

    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(transport.sent).toHaveLength(5);
    expect(await deliveryOf(mailDoc(ID))).toMatchObject({
      state: 'error',
      attempts: 5,
      nextAttemptAt: null,
      leaseExpiresAt: null,
      sentAt: null,
    });
    clock.advance(24 * 3600_000);
    await expect(deliverMailMessage(ID, { transport, now: clock.now })).resolves.toBe('not-due');
    expect(transport.sent).toHaveLength(5);
  });

  it('does not retry a permanent failure (the provider refused the message)', async () => {
    await queueNotification();
    const transport = recordingTransport<OutgoingMail>(failing(false, 'SendGrid answered 400: to: invalid'));

    await expect(deliverMailMessage(ID, { transport })).resolves.toBe('error');

    expect(transport.sent).toHaveLength(1);
    expect(await deliveryOf(mailDoc(ID))).toMatchObject({
      state: 'error',
      attempts: 1,
      lastError: 'SendGrid answered 400: to: invalid',
      transport: 'capture',
    });
  });

  it('ends in error without calling the transport when the template data is invalid', async () => {
    await queueNotification();
    // Written past queueMail, which would have refused it.
    await mailDoc(ID).update({ data: { title: '' } });
    const transport = recordingTransport<OutgoingMail>();

    await expect(deliverMailMessage(ID, { transport })).resolves.toBe('error');

    expect(transport.sent).toHaveLength(0);
    const delivery = await deliveryOf(mailDoc(ID));
    expect(delivery).toMatchObject({ state: 'error', attempts: 1, transport: null });
    expect(delivery.lastError).toMatch(/^Invalid message: .*title/);
    expect((await mailDoc(ID).get()).get('rendered')).toBeNull();
  });

  it('leaves a document without a delivery record alone', async () => {
    await mailDoc(ID).set({ to: 'x@example.fr', template: 'notification' });
    const transport = recordingTransport<OutgoingMail>();

    await expect(deliverMailMessage(ID, { transport })).resolves.toBe('invalid');
    await expect(deliverMailMessage('missing', { transport })).resolves.toBe('missing');
    expect(transport.sent).toHaveLength(0);
  });
});

describe('delivery: concurrency and crashes', () => {
  it('sends once when two deliveries race on the same message', async () => {
    await queueNotification();
    // A slow provider keeps the first worker busy while the second one looks at the message.
    const transport = recordingTransport<OutgoingMail>(() => sleep(200));

    const outcomes = await Promise.all([
      deliverMailMessage(ID, { transport }),
      deliverMailMessage(ID, { transport }),
      deliverMailMessage(ID, { transport }),
    ]);

    expect(outcomes.sort()).toEqual(['not-due', 'not-due', 'sent']);
    expect(transport.sent).toHaveLength(1);
    expect(await deliveryOf(mailDoc(ID))).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('picks up a crashed delivery once its lease has expired, and sends it once', async () => {
    await queueNotification();
    // A worker took the lease at T0 and died before recording anything.
    const crashed = lease(newDelivery(T0), T0);
    await mailDoc(ID).update({ delivery: toStoredDelivery(crashed) });
    const transport = recordingTransport<OutgoingMail>();
    const clock = fakeClock(new Date(T0.getTime() + LEASE_MS - 1));

    await expect(deliverMailMessage(ID, { transport, now: clock.now })).resolves.toBe('not-due');
    expect(transport.sent).toHaveLength(0);

    clock.advance(1);
    const outcomes = await Promise.all([
      deliverMailMessage(ID, { transport, now: clock.now }),
      deliverMailMessage(ID, { transport, now: clock.now }),
    ]);

    expect(outcomes.sort()).toEqual(['not-due', 'sent']);
    expect(transport.sent).toHaveLength(1);
    expect(await deliveryOf(mailDoc(ID))).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
  });

  it('counts the expired lease as an attempt, and gives up when it was the last one', async () => {
    await queueNotification(ID, T0);
    const crashed = lease({ ...newDelivery(T0, 2), attempts: 1, state: 'retry' }, T0);
    await mailDoc(ID).update({ delivery: toStoredDelivery(crashed) });
    const transport = recordingTransport<OutgoingMail>();

    const outcome = await deliverMailMessage(ID, { transport, now: () => new Date(T0.getTime() + LEASE_MS) });

    expect(outcome).toBe('error');
    expect(transport.sent).toHaveLength(0);
    expect(await deliveryOf(mailDoc(ID))).toMatchObject({
      state: 'error',
      attempts: 2,
      lastError: LEASE_EXPIRED_ERROR,
      nextAttemptAt: null,
    });
  });

  it('does not let a worker that outlived its lease overwrite the outcome of the one that took over', async () => {
    await queueNotification();
    const clock = fakeClock(T0);
    let releaseSlowWorker = () => {};
    const slow = recordingTransport<OutgoingMail>(
      () =>
        new Promise<void>((resolve) => {
          releaseSlowWorker = resolve;
        }),
    );
    const fast = recordingTransport<OutgoingMail>(failing(false, 'refused by the provider'));

    const slowRun = deliverMailMessage(ID, { transport: slow, now: clock.now });
    while (slow.sent.length === 0) await sleep(10);
    clock.advance(LEASE_MS);
    await expect(deliverMailMessage(ID, { transport: fast, now: clock.now })).resolves.toBe('error');
    releaseSlowWorker();

    await expect(slowRun).resolves.toBe('lost-lease');
    expect(await deliveryOf(mailDoc(ID))).toMatchObject({
      state: 'error',
      attempts: 2,
      lastError: 'refused by the provider',
    });
  });
});
