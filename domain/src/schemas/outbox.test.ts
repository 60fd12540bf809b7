// NTF-1: outbox document shapes and the inputs of the outbox callables.
import { describe, expect, it } from 'vitest';
import {
  mailAttachmentSchema,
  mailMessageSchema,
  messageIdSchema,
  requestVerificationEmailInputSchema,
  resendMessageInputSchema,
  smsMessageSchema,
} from './outbox.ts';

const timestamp = { toDate: () => new Date('2026-03-01T09:00:00Z') };
const delivery = {
  state: 'pending',
  attempts: 0,
  maxAttempts: 5,
  leaseExpiresAt: null,
  nextAttemptAt: timestamp,
  lastError: null,
  sentAt: null,
  transport: null,
  providerMessageId: null,
  updatedAt: timestamp,
};

describe('mailMessageSchema', () => {
  const mail = {
    to: 'camille@example.fr',
    template: 'notification',
    locale: 'fr',
    data: { title: 'Bonjour', paragraphs: ['Texte'] },
    delivery,
    rendered: null,
    createdAt: timestamp,
  };

  it('accepts a queued mail and rejects an unknown template or locale', () => {
    expect(mailMessageSchema.safeParse(mail).success).toBe(true);
    expect(mailMessageSchema.safeParse({ ...mail, template: 'booking-confirmed' }).success).toBe(false);
    expect(mailMessageSchema.safeParse({ ...mail, locale: 'de' }).success).toBe(false);
    expect(mailMessageSchema.safeParse({ ...mail, to: 'not-an-address' }).success).toBe(false);
  });

  it('rejects an unknown delivery state', () => {
    expect(mailMessageSchema.safeParse({ ...mail, delivery: { ...delivery, state: 'done' } }).success).toBe(
      false,
    );
  });
});

describe('smsMessageSchema', () => {
  it('needs an E.164 number', () => {
    const sms = {
      to: '+33612345678',
      template: 'notification',
      locale: 'en',
      data: { text: 'Hi' },
      delivery,
      rendered: null,
      createdAt: timestamp,
    };
    expect(smsMessageSchema.safeParse(sms).success).toBe(true);
    expect(smsMessageSchema.safeParse({ ...sms, to: '0612345678' }).success).toBe(false);
  });
});

describe('mailAttachmentSchema', () => {
  const base = { filename: 'rendez-vous.ics', contentType: 'text/calendar; method=PUBLISH' };

  it('takes exactly one source of content', () => {
    expect(mailAttachmentSchema.safeParse({ ...base, content: 'BEGIN:VCALENDAR' }).success).toBe(true);
    expect(mailAttachmentSchema.safeParse({ ...base, contentBase64: 'QUJD' }).success).toBe(true);
    expect(mailAttachmentSchema.safeParse({ ...base, storagePath: 'invoices/F-1.pdf' }).success).toBe(true);
    expect(mailAttachmentSchema.safeParse(base).success).toBe(false);
    expect(mailAttachmentSchema.safeParse({ ...base, content: 'x', storagePath: 'a.pdf' }).success).toBe(
      false,
    );
  });

  it('rejects invalid base64 and path-like file names', () => {
    expect(mailAttachmentSchema.safeParse({ ...base, contentBase64: 'not base64!' }).success).toBe(false);
    expect(mailAttachmentSchema.safeParse({ ...base, filename: '../x.ics', content: 'x' }).success).toBe(
      false,
    );
  });
});

describe('callable inputs', () => {
  it('resendMessage takes a channel and a document id', () => {
    expect(resendMessageInputSchema.parse({ channel: 'sms', id: 'reminder-b1~r1' })).toEqual({
      channel: 'sms',
      id: 'reminder-b1~r1',
    });
    expect(resendMessageInputSchema.safeParse({ channel: 'fax', id: 'm1' }).success).toBe(false);
    expect(resendMessageInputSchema.safeParse({ channel: 'mail', id: 'a/b' }).success).toBe(false);
    expect(resendMessageInputSchema.safeParse({ channel: 'mail', id: '__x__' }).success).toBe(false);
    expect(resendMessageInputSchema.safeParse({ channel: 'mail', id: 'm', extra: 1 }).success).toBe(false);
  });

  it('requestVerificationEmail takes an optional locale', () => {
    expect(requestVerificationEmailInputSchema.parse({})).toEqual({});
    expect(requestVerificationEmailInputSchema.parse({ locale: 'en' })).toEqual({ locale: 'en' });
    expect(requestVerificationEmailInputSchema.safeParse({ locale: 'de' }).success).toBe(false);
  });

  it('messageIdSchema refuses ids Firestore cannot hold', () => {
    expect(messageIdSchema.safeParse('.').success).toBe(false);
    expect(messageIdSchema.safeParse('x'.repeat(501)).success).toBe(false);
    expect(messageIdSchema.safeParse('welcome-u1').success).toBe(true);
  });
});
