// NTF-3: every mail and SMS template rendered from its preview fixture in both languages, pinned
// as readable files under __snapshots__/: the HTML a client receives (indented, so a change shows
// as a small diff) and the subject with the text part.
import { describe, expect, it } from 'vitest';
import { pretty } from '@react-email/render';
import { LOCALES, MAIL_TEMPLATES, SMS_TEMPLATES } from '@agora/domain';
import { renderMail, renderSms } from '../../../functions/src/mail/templates/index.ts';
import {
  mailFixtures,
  previewBranding,
  smsFixtures,
} from '../../../functions/src/mail/templates/fixtures.ts';

describe.each(MAIL_TEMPLATES)('mail template %s', (template) => {
  it.each(LOCALES)('renders its fixture in %s', async (locale) => {
    const mail = await renderMail(template, locale, mailFixtures[template][locale], previewBranding);
    await expect(await pretty(mail.html)).toMatchFileSnapshot(`./__snapshots__/${template}.${locale}.html`);
    await expect(`Subject: ${mail.subject}\n\n${mail.text}\n`).toMatchFileSnapshot(
      `./__snapshots__/${template}.${locale}.txt`,
    );
  });
});

describe.each(SMS_TEMPLATES)('SMS template %s', (template) => {
  it.each(LOCALES)('renders its fixture in %s', async (locale) => {
    const sms = renderSms(template, locale, smsFixtures[template][locale], previewBranding);
    await expect(`${sms}\n`).toMatchFileSnapshot(`./__snapshots__/sms.${template}.${locale}.txt`);
  });
});
