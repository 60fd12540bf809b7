// NTF-2: the real Twilio SDK against a loopback server: the request an SMS becomes, and how
// Twilio's answers map onto the delivery state machine.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../functions/src/lib/admin.ts';
import { queueSms } from '../../../functions/src/mail/outbox.ts';
import { deliverSmsMessage } from '../../../functions/src/sms/deliverSms.ts';
import { twilioTransport } from '../../../functions/src/sms/transports/twilio.ts';
import { deliveryOf, organizationSettings, smsDoc } from './support.ts';
import { startLoopbackServer, type LoopbackServer } from './loopback.ts';

const ID = 'reminder-b1';
const ACCOUNT_SID = 'AC00000000000000000000000000000001';
const AUTH_TOKEN = 'loopback-auth-token';
const created = { status: 201, body: { sid: 'SM00000000000000000000000000000001', status: 'queued' } };

let twilioApi: LoopbackServer;
const transport = (from = '+33700000000') =>
  twilioTransport({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    from,
    baseUrl: twilioApi.url,
    timeoutMs: 5000,
  });

beforeAll(async () => {
  twilioApi = await startLoopbackServer(created);
});
afterAll(async () => {
  await twilioApi.close();
  await closeEmulators();
});
beforeEach(async () => {
  await resetEmulators();
  twilioApi.requests.length = 0;
  twilioApi.answer(created);
  await testDb.collection('settings').doc('organization').set(organizationSettings);
  await testDb.collection('users').doc('member-1').set({ phone: '+33622334455', smsOptIn: true });
  await queueSms(db(), ID, {
    uid: 'member-1',
    template: 'notification',
    locale: 'fr',
    data: { text: 'Votre atelier commence dans 2 h.' },
  });
});

describe('Twilio transport (real SDK, loopback API)', () => {
  it('posts the message to the account’s Messages resource with basic auth', async () => {
    await expect(deliverSmsMessage(ID, { transport: transport() })).resolves.toBe('sent');

    expect(twilioApi.requests).toHaveLength(1);
    const [request] = twilioApi.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
    );
    const form = new URLSearchParams(request?.body);
    expect(Object.fromEntries(form)).toEqual({
      To: '+33622334455',
      From: '+33700000000',
      Body: 'Les Ateliers Agora : Votre atelier commence dans 2 h.',
    });
    expect(await deliveryOf(smsDoc(ID))).toMatchObject({
      state: 'sent',
      transport: 'twilio',
      providerMessageId: 'SM00000000000000000000000000000001',
    });
  });

  it('sends through a Messaging Service when the sender is one', async () => {
    await deliverSmsMessage(ID, { transport: transport('MG00000000000000000000000000000001') });
    const form = new URLSearchParams(twilioApi.requests[0]?.body);
    expect(form.get('MessagingServiceSid')).toBe('MG00000000000000000000000000000001');
    expect(form.has('From')).toBe(false);
  });

  it('retries on 429 and gives up on 400', async () => {
    twilioApi.answer({ status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } });
    await expect(deliverSmsMessage(ID, { transport: transport() })).resolves.toBe('retry');
    expect((await deliveryOf(smsDoc(ID))).lastError).toBe(
      'Twilio answered 429 (error 20429): Too Many Requests',
    );

    await smsDoc(ID).update({ 'delivery.nextAttemptAt': null, 'delivery.state': 'pending' });
    twilioApi.answer({
      status: 400,
      body: { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 },
    });
    await expect(deliverSmsMessage(ID, { transport: transport() })).resolves.toBe('error');
    expect(await deliveryOf(smsDoc(ID))).toMatchObject({
      state: 'error',
      lastError: "Twilio answered 400 (error 21211): The 'To' number is not a valid phone number.",
    });
  });
});
