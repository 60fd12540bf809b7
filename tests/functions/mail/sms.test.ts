// NTF-2: SMS go through the same leased delivery as mail, to members who still accept them.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../functions/src/lib/admin.ts';
import { queueSms } from '../../../functions/src/mail/outbox.ts';
import type { OutgoingSms } from '../../../functions/src/mail/transports/types.ts';
import { deliverSmsMessage } from '../../../functions/src/sms/deliverSms.ts';
import { deliveryOf, organizationSettings, recordingTransport, sleep, smsDoc } from './support.ts';

const ID = 'reminder-b1';
const profile = { firstName: 'Camille', phone: '+33622334455', smsOptIn: true };

beforeEach(async () => {
  await resetEmulators();
  await testDb.collection('settings').doc('organization').set(organizationSettings);
  await testDb.collection('users').doc('member-1').set(profile);
  await queueSms(db(), ID, {
    uid: 'member-1',
    template: 'notification',
    locale: 'fr',
    data: { text: 'Votre atelier commence dans 2 h.' },
  });
});
afterAll(closeEmulators);

describe('SMS delivery', () => {
  it('sends the rendered text once, prefixed with the organisation name', async () => {
    const transport = recordingTransport<OutgoingSms>(() => sleep(100), 'twilio');

    const outcomes = await Promise.all([
      deliverSmsMessage(ID, { transport }),
      deliverSmsMessage(ID, { transport }),
    ]);

    expect(outcomes.sort()).toEqual(['not-due', 'sent']);
    const text = 'Les Ateliers Agora : Votre atelier commence dans 2 h.';
    expect(transport.sent).toEqual([{ id: ID, to: '+33622334455', text }]);
    expect((await smsDoc(ID).get()).get('rendered')).toEqual({ text });
    expect(await deliveryOf(smsDoc(ID))).toMatchObject({
      state: 'sent',
      transport: 'twilio',
      providerMessageId: 'provider-1',
    });
  });

  it('does not send to a member who opted out after the SMS was queued', async () => {
    await testDb.collection('users').doc('member-1').update({ smsOptIn: false });
    const transport = recordingTransport<OutgoingSms>();

    await expect(deliverSmsMessage(ID, { transport })).resolves.toBe('error');

    expect(transport.sent).toHaveLength(0);
    expect(await deliveryOf(smsDoc(ID))).toMatchObject({
      state: 'error',
      lastError: expect.stringMatching(/smsOptIn/),
    });
  });
});
