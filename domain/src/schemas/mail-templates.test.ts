// NTF-3: template data is checked before a message is queued and again before it is rendered.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toFieldIssues } from '../validation-messages.ts';
import {
  MAIL_TEMPLATES,
  SMS_MAX_LENGTH,
  SMS_TEMPLATES,
  mailTemplateDataSchemas,
  smsTemplateDataSchemas,
} from './mail-templates.ts';

const codes = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error).map((i) => `${i.path}:${i.code}`);
};

const welcome = mailTemplateDataSchemas['welcome-verification'];
const notification = mailTemplateDataSchemas.notification;
const sms = smsTemplateDataSchemas.notification;

const welcomeData = { firstName: 'Camille', verificationUrl: 'https://agora.example.fr/verify?oobCode=abc' };
const notificationData = {
  title: 'Votre réservation est confirmée',
  paragraphs: ['Salle Voltaire, mardi 3 mars de 9 h à 12 h.'],
  action: { label: 'Voir ma réservation', url: 'https://agora.example.fr/bookings/b1' },
};

describe('template lists', () => {
  it('has one data schema per template', () => {
    expect(Object.keys(mailTemplateDataSchemas).sort()).toEqual([...MAIL_TEMPLATES].sort());
    expect(Object.keys(smsTemplateDataSchemas).sort()).toEqual([...SMS_TEMPLATES].sort());
  });
});

describe('welcome-verification data', () => {
  it('accepts a first name and an http(s) link, trimming the name', () => {
    expect(welcome.parse({ ...welcomeData, firstName: '  Camille ' }).firstName).toBe('Camille');
    expect(codes(welcome, { ...welcomeData, verificationUrl: 'http://127.0.0.1:9099/verify' })).toEqual([]);
  });

  it.each([
    ['a missing first name', { verificationUrl: welcomeData.verificationUrl }, 'firstName:required'],
    ['a blank first name', { ...welcomeData, firstName: '   ' }, 'firstName:required'],
    ['a first name over 100 characters', { ...welcomeData, firstName: 'a'.repeat(101) }, 'firstName:tooLong'],
    [
      'a link that is not a URL',
      { ...welcomeData, verificationUrl: 'agora.example.fr' },
      'verificationUrl:invalid',
    ],
    [
      'a javascript: link',
      { ...welcomeData, verificationUrl: 'javascript:alert(1)' },
      'verificationUrl:invalid',
    ],
    ['an unknown field', { ...welcomeData, lastName: 'Martin' }, 'lastName:unknownField'],
  ])('rejects %s', (_case, input, code) => {
    expect(codes(welcome, input)).toEqual([code]);
  });
});

describe('notification data', () => {
  it('accepts a title, paragraphs and an optional action', () => {
    expect(codes(notification, notificationData)).toEqual([]);
    expect(codes(notification, { ...notificationData, action: undefined })).toEqual([]);
    expect(codes(notification, { ...notificationData, paragraphs: Array(20).fill('Texte') })).toEqual([]);
  });

  it.each([
    ['no paragraph', { ...notificationData, paragraphs: [] }, 'paragraphs:required'],
    ['21 paragraphs', { ...notificationData, paragraphs: Array(21).fill('Texte') }, 'paragraphs:tooLong'],
    [
      'a paragraph over 2000 characters',
      { ...notificationData, paragraphs: ['a'.repeat(2001)] },
      'paragraphs.0:tooLong',
    ],
    ['a title over 200 characters', { ...notificationData, title: 'a'.repeat(201) }, 'title:tooLong'],
    [
      'an action label over 80 characters',
      { ...notificationData, action: { ...notificationData.action, label: 'a'.repeat(81) } },
      'action.label:tooLong',
    ],
    [
      'an action link that is not http(s)',
      { ...notificationData, action: { ...notificationData.action, url: 'data:text/html,x' } },
      'action.url:invalid',
    ],
  ])('rejects %s', (_case, input, code) => {
    expect(codes(notification, input)).toEqual([code]);
  });
});

describe('SMS notification data', () => {
  it(`accepts a text of ${SMS_MAX_LENGTH} characters and rejects a longer one`, () => {
    expect(codes(sms, { text: 'a'.repeat(SMS_MAX_LENGTH) })).toEqual([]);
    expect(codes(sms, { text: 'a'.repeat(SMS_MAX_LENGTH + 1) })).toEqual(['text:tooLong']);
    expect(codes(sms, { text: '' })).toEqual(['text:required']);
  });
});
