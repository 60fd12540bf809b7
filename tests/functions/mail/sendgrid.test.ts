// NTF-1: the real SendGrid SDK (@sendgrid/mail) against a loopback server: what a delivered mail
// looks like on the wire, and how SendGrid's answers map onto the delivery state machine.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIcs } from '../../../functions/src/calendar/ics.ts';
import { db, storage } from '../../../functions/src/lib/admin.ts';
import { deliverMailMessage } from '../../../functions/src/mail/deliverMail.ts';
import { queueMail } from '../../../functions/src/mail/outbox.ts';
import { sendGridTransport } from '../../../functions/src/mail/transports/sendgrid.ts';
import { PROJECT_ID } from '../support/emulators.ts';
import { deliveryOf, mailDoc, notificationData, organizationSettings } from './support.ts';
import { startLoopbackServer, type LoopbackServer } from './loopback.ts';

if (!process.env.FIREBASE_STORAGE_EMULATOR_HOST) {
  throw new Error('FIREBASE_STORAGE_EMULATOR_HOST is not set: run these tests through the emulators.');
}

const ID = 'booking-confirmation-b1';
const API_KEY = 'SG.loopback-test-key';
const pdf = Buffer.from('%PDF-1.7\n% Agora test invoice\n', 'utf8');
const ics = buildIcs({
  uid: 'booking-b1@agora.test',
  title: 'Atelier céramique',
  start: new Date('2026-03-09T08:00:00Z'),
  end: new Date('2026-03-09T10:00:00Z'),
  stamp: new Date('2026-03-02T08:00:00Z'),
});

let sendgrid: LoopbackServer;
const transport = () => sendGridTransport({ apiKey: API_KEY, baseUrl: sendgrid.url, timeoutMs: 5000 });

beforeAll(async () => {
  sendgrid = await startLoopbackServer({ status: 202, headers: { 'X-Message-Id': 'sg-message-1' } });
});
afterAll(async () => {
  await sendgrid.close();
  await closeEmulators();
});
beforeEach(async () => {
  await resetEmulators();
  sendgrid.requests.length = 0;
  sendgrid.answer({ status: 202, headers: { 'X-Message-Id': 'sg-message-1' } });
  process.env.MAIL_FROM = 'Les Ateliers Agora <no-reply@ateliers-agora.test>';
  await testDb.collection('settings').doc('organization').set(organizationSettings);
  await storage().bucket(`${PROJECT_ID}.appspot.com`).file('invoices/F-2026-0001.pdf').save(pdf);
  await queueMail(db(), ID, {
    to: 'camille.martin@agora.test',
    toName: 'Camille Martin',
    template: 'notification',
    locale: 'fr',
    data: notificationData,
    attachments: [
      {
        filename: 'rendez-vous.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: ics,
      },
      {
        filename: 'facture-F-2026-0001.pdf',
        contentType: 'application/pdf',
        storagePath: 'invoices/F-2026-0001.pdf',
      },
      {
        filename: 'note.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('Bonjour').toString('base64'),
      },
    ],
  });
});
afterEach(() => {
  delete process.env.MAIL_FROM;
});

describe('SendGrid transport (real SDK, loopback API)', () => {
  it('posts the mail with sender, recipient, subject, text and HTML parts and attachments', async () => {
    await expect(deliverMailMessage(ID, { transport: transport() })).resolves.toBe('sent');

    expect(sendgrid.requests).toHaveLength(1);
    const [request] = sendgrid.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v3/mail/send');
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers['content-type']).toMatch(/^application\/json/);

    const body = JSON.parse(request?.body ?? '{}');
    const rendered = (await mailDoc(ID).get()).get('rendered');
    expect(body.from).toEqual({ email: 'no-reply@ateliers-agora.test', name: 'Les Ateliers Agora' });
    expect(body.reply_to).toEqual({ email: 'contact@ateliers-agora.test' });
    expect(body.personalizations).toEqual([
      { to: [{ email: 'camille.martin@agora.test', name: 'Camille Martin' }] },
    ]);
    expect(body.subject).toBe(rendered.subject);
    expect(body.subject).toContain('Votre réservation est confirmée');
    // SendGrid requires the text part first.
    expect(body.content).toEqual([
      { type: 'text/plain', value: rendered.text },
      { type: 'text/html', value: rendered.html },
    ]);
    expect(body.attachments).toEqual([
      {
        filename: 'rendez-vous.ics',
        type: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: Buffer.from(ics, 'utf8').toString('base64'),
        disposition: 'attachment',
      },
      {
        filename: 'facture-F-2026-0001.pdf',
        type: 'application/pdf',
        content: pdf.toString('base64'),
        disposition: 'attachment',
      },
      { filename: 'note.txt', type: 'text/plain', content: 'Qm9uam91cg==', disposition: 'attachment' },
    ]);
    expect(Buffer.from(body.attachments[0].content, 'base64').toString('utf8')).toContain(
      'SUMMARY:Atelier céramique',
    );
    expect(body.custom_args).toEqual({ outboxId: ID });

    expect(await deliveryOf(mailDoc(ID))).toMatchObject({
      state: 'sent',
      transport: 'sendgrid',
      providerMessageId: 'sg-message-1',
    });
  });

  it.each([
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
  ])('retries when SendGrid answers %i', async (status, state) => {
    sendgrid.answer({ status, body: { errors: [{ message: 'try later' }] } });

    await expect(deliverMailMessage(ID, { transport: transport() })).resolves.toBe(state);

    expect(await deliveryOf(mailDoc(ID))).toMatchObject({
      state,
      lastError: `SendGrid answered ${status}: try later`,
      transport: 'sendgrid',
    });
  });

  it.each([400, 401, 403, 413])('gives up at once when SendGrid refuses the mail with %i', async (status) => {
    sendgrid.answer({
      status,
      body: { errors: [{ message: 'Does not contain a valid address.', field: 'personalizations.0.to' }] },
    });

    await expect(deliverMailMessage(ID, { transport: transport() })).resolves.toBe('error');

    expect(await deliveryOf(mailDoc(ID))).toMatchObject({
      state: 'error',
      attempts: 1,
      lastError: `SendGrid answered ${status}: personalizations.0.to: Does not contain a valid address.`,
    });
  });

  it('retries when SendGrid cannot be reached', async () => {
    const unreachable = sendGridTransport({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9/',
      timeoutMs: 2000,
    });

    await expect(deliverMailMessage(ID, { transport: unreachable })).resolves.toBe('retry');

    expect((await deliveryOf(mailDoc(ID))).lastError).toMatch(/^SendGrid unreachable: /);
  });

  it('gives up when an attachment is missing from Storage', async () => {
    await storage().bucket(`${PROJECT_ID}.appspot.com`).file('invoices/F-2026-0001.pdf').delete();

    await expect(deliverMailMessage(ID, { transport: transport() })).resolves.toBe('error');

    expect(sendgrid.requests).toHaveLength(0);
    expect((await deliveryOf(mailDoc(ID))).lastError).toBe(
      'Attachment not found in Storage: invoices/F-2026-0001.pdf',
    );
  });
});
