// NTF-3: SMS texts carry the organisation's name first and always fit three segments.
import { describe, expect, it } from 'vitest';
import { SMS_MAX_LENGTH } from '@agora/domain';
import { renderSms } from '../../../functions/src/mail/templates/index.ts';
import { previewBranding, smsFixtures } from '../../../functions/src/mail/templates/fixtures.ts';

const text = 'Rappel : atelier demain à 9 h, salle Voltaire.';

describe('SMS notification', () => {
  it('prefixes the text with the organisation name, punctuated for the language', () => {
    expect(renderSms('notification', 'fr', { text }, previewBranding)).toBe(`Les Ateliers Agora : ${text}`);
    expect(renderSms('notification', 'en', { text: 'Reminder.' }, previewBranding)).toBe(
      'Les Ateliers Agora: Reminder.',
    );
  });

  it(`cuts the longest allowed text to ${SMS_MAX_LENGTH} characters, ellipsis included`, () => {
    const longest = 'a'.repeat(SMS_MAX_LENGTH);
    const sms = renderSms('notification', 'fr', { text: longest }, previewBranding);
    expect(sms).toHaveLength(SMS_MAX_LENGTH);
    expect(sms.startsWith('Les Ateliers Agora : aaa')).toBe(true);
    expect(sms.endsWith('a...')).toBe(true);
    // A text that fits is never cut.
    const fits = 'a'.repeat(SMS_MAX_LENGTH - 'Les Ateliers Agora : '.length);
    expect(renderSms('notification', 'fr', { text: fits }, previewBranding)).toBe(
      `Les Ateliers Agora : ${fits}`,
    );
  });

  it('keeps room for the text when the organisation name is very long', () => {
    const branding = { ...previewBranding, organizationName: 'Agora '.repeat(100) };
    const sms = renderSms('notification', 'en', { text }, branding);
    expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(sms.endsWith(`: ${text}`)).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    // "Agora : " is 8 code units, so the cut at 477 lands between the two halves of an emoji.
    const sms = renderSms(
      'notification',
      'fr',
      { text: '😀'.repeat(240) },
      { ...previewBranding, organizationName: 'Agora' },
    );
    expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(sms.isWellFormed()).toBe(true);
    expect(sms.endsWith('😀...')).toBe(true);
  });

  it.each([
    ['an empty text', { text: '' }],
    ['a text over the limit', { text: 'a'.repeat(SMS_MAX_LENGTH + 1) }],
    ['no data', undefined],
  ])('rejects %s with the ZodError', (_case, data) => {
    expect(() => renderSms('notification', 'fr', data, previewBranding)).toThrow(
      expect.objectContaining({ name: 'ZodError' }),
    );
  });

  it('renders its fixture without cutting it', () => {
    const { fr } = smsFixtures.notification;
    expect(renderSms('notification', 'fr', fr, previewBranding)).toBe(`Les Ateliers Agora : ${fr.text}`);
  });
});
