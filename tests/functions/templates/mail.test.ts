// NTF-3: what the mail templates must guarantee beyond their snapshots: per-locale subjects, the
// links in both parts, the organisation's branding, escaped user data and rejected invalid data.
import { describe, expect, it } from 'vitest';
import { renderMail, type Branding } from '../../../functions/src/mail/templates/index.ts';
import { DEFAULT_PRIMARY_COLOR } from '../../../functions/src/mail/templates/branding.ts';
import { mailFixtures, previewBranding } from '../../../functions/src/mail/templates/fixtures.ts';

const welcome = mailFixtures['welcome-verification'];
const notification = mailFixtures.notification;
/** How a URL appears inside an HTML attribute. */
const inAttribute = (url: string) => url.replaceAll('&', '&amp;');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('welcome-verification', () => {
  it('has a subject in each language', async () => {
    expect((await renderMail('welcome-verification', 'fr', welcome.fr, previewBranding)).subject).toBe(
      'Bienvenue chez Les Ateliers Agora\u00a0: confirmez votre adresse e-mail',
    );
    expect((await renderMail('welcome-verification', 'en', welcome.en, previewBranding)).subject).toBe(
      'Welcome to Les Ateliers Agora: confirm your email address',
    );
  });

  it('greets the member by first name, in the mail language', async () => {
    const fr = await renderMail(
      'welcome-verification',
      'fr',
      { ...welcome.fr, firstName: 'Léa' },
      previewBranding,
    );
    const en = await renderMail(
      'welcome-verification',
      'en',
      { ...welcome.en, firstName: 'Léa' },
      previewBranding,
    );
    expect(fr.html).toContain('Bonjour Léa,');
    expect(fr.text).toContain('Bonjour Léa,');
    expect(fr.html).toContain('<html dir="ltr" lang="fr">');
    expect(en.html).toContain('Hello Léa,');
    expect(en.text).toContain('Hello Léa,');
    expect(en.html).toContain('<html dir="ltr" lang="en">');
  });

  it('puts the verification link in the button, as fallback text and in the text part', async () => {
    const url = welcome.fr.verificationUrl;
    const mail = await renderMail('welcome-verification', 'fr', welcome.fr, previewBranding);
    // The button and the fallback link.
    expect(occurrences(mail.html, `href="${inAttribute(url)}"`)).toBe(2);
    expect(mail.html).toContain(`>${inAttribute(url)}</a>`);
    expect(mail.text).toContain(url);
    expect(mail.text).toContain('Ce lien est valable pour une durée limitée.');
  });

  it('escapes markup in the member data', async () => {
    const data = { ...welcome.fr, firstName: '<script>alert("x")</script>' };
    const mail = await renderMail('welcome-verification', 'fr', data, previewBranding);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    // The text part is text/plain: it carries the characters as typed.
    expect(mail.text).toContain('Bonjour <script>alert("x")</script>,');
  });

  it.each([
    ['no first name', { verificationUrl: welcome.fr.verificationUrl }, ['firstName']],
    ['a javascript: link', { ...welcome.fr, verificationUrl: 'javascript:alert(1)' }, ['verificationUrl']],
    ['no data at all', undefined, []],
  ])('rejects %s with the ZodError', async (_case, data, path) => {
    await expect(renderMail('welcome-verification', 'fr', data, previewBranding)).rejects.toMatchObject({
      name: 'ZodError',
      issues: [expect.objectContaining({ path })],
    });
  });
});

describe('notification', () => {
  it('has a subject in each language, from the caller’s title', async () => {
    expect((await renderMail('notification', 'fr', notification.fr, previewBranding)).subject).toBe(
      'Les Ateliers Agora\u00a0: Votre réservation est confirmée',
    );
    expect((await renderMail('notification', 'en', notification.en, previewBranding)).subject).toBe(
      'Les Ateliers Agora: Your booking is confirmed',
    );
  });

  it('shows the title, every paragraph with its line breaks, and the action', async () => {
    const data = {
      title: 'Séance déplacée',
      paragraphs: ['Première ligne\nSeconde ligne', 'Dernier paragraphe.'],
      action: { label: 'Voir la séance', url: 'https://agora.example.fr/sessions/s1?from=mail&x=1' },
    };
    const mail = await renderMail('notification', 'fr', data, previewBranding);
    expect(mail.html).toContain('Séance déplacée</h1>');
    expect(mail.html).toContain('Première ligne<br/>Seconde ligne');
    expect(mail.html).toContain('Dernier paragraphe.');
    expect(mail.html).toContain(`href="${inAttribute(data.action.url)}"`);
    expect(mail.text).toContain('Première ligne\nSeconde ligne');
    expect(mail.text).toContain(`Voir la séance ${data.action.url}`);
  });

  it('has no button without an action', async () => {
    const withAction = await renderMail('notification', 'fr', notification.fr, previewBranding);
    const { action: _action, ...withoutActionData } = notification.fr;
    const withoutAction = await renderMail('notification', 'fr', withoutActionData, previewBranding);
    expect(withAction.html).toContain('<a href=');
    expect(withoutAction.html).not.toContain('<a ');
    expect(withoutAction.text).not.toContain('https://');
  });

  it('escapes markup in the title, paragraphs and action label', async () => {
    const data = {
      title: '<img src=x onerror=alert(1)>',
      paragraphs: ['<script>alert(1)</script>'],
      action: { label: '<b>Go</b>', url: 'https://agora.example.fr/' },
    };
    const mail = await renderMail('notification', 'en', data, previewBranding);
    expect(mail.html).not.toMatch(/<script|<img src=x|<b>Go/);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;b&gt;Go&lt;/b&gt;');
  });

  it('rejects data outside the schema with the ZodError', async () => {
    await expect(
      renderMail('notification', 'fr', { ...notification.fr, paragraphs: [] }, previewBranding),
    ).rejects.toMatchObject({
      name: 'ZodError',
      issues: [expect.objectContaining({ path: ['paragraphs'] })],
    });
  });
});

describe('layout and branding', () => {
  it('uses the primary colour for the header and the button, with readable text on it', async () => {
    const dark = await renderMail('notification', 'fr', notification.fr, {
      ...previewBranding,
      primaryColor: '#0F5C4D',
    });
    expect(occurrences(dark.html, 'background-color:#0f5c4d')).toBe(2);
    expect(dark.html).toMatch(/background-color:#0f5c4d;color:#ffffff/);

    const light = await renderMail('notification', 'fr', notification.fr, {
      ...previewBranding,
      primaryColor: '#ffd60a',
    });
    expect(occurrences(light.html, 'background-color:#ffd60a')).toBe(2);
    expect(light.html).toMatch(/background-color:#ffd60a;color:#1a1a1a/);
  });

  it('falls back to the default colour when the setting is not #rrggbb', async () => {
    const branding = { ...previewBranding, primaryColor: 'red;background-image:url(https://evil.example/x)' };
    const mail = await renderMail('notification', 'fr', notification.fr, branding);
    expect(mail.html).not.toContain('evil.example');
    expect(occurrences(mail.html, `background-color:${DEFAULT_PRIMARY_COLOR}`)).toBe(2);
  });

  it('shows the logo when there is one, else the organisation name', async () => {
    const logoUrl = 'https://storage.example.fr/branding/logo.png';
    const withLogo = await renderMail('notification', 'fr', notification.fr, { ...previewBranding, logoUrl });
    const withoutLogo = await renderMail('notification', 'fr', notification.fr, previewBranding);
    expect(withLogo.html).toMatch(
      /<img alt="Les Ateliers Agora" height="48" src="https:\/\/storage\.example\.fr\/branding\/logo\.png"/,
    );
    expect(withoutLogo.html).not.toContain('<img');
    expect(withoutLogo.text.startsWith('Les Ateliers Agora\n')).toBe(true);

    const unsafe = await renderMail('notification', 'fr', notification.fr, {
      ...previewBranding,
      logoUrl: 'javascript:alert(1)',
    });
    expect(unsafe.html).not.toContain('javascript:');
  });

  it('ends with the legal mentions and who sent the message, in the mail language', async () => {
    const fr = await renderMail('notification', 'fr', notification.fr, previewBranding);
    const en = await renderMail('notification', 'en', notification.en, previewBranding);
    for (const line of previewBranding.legalFooter?.split('\n') ?? []) {
      expect(fr.html).toContain(line);
      expect(fr.text).toContain(line);
    }
    expect(fr.text.trimEnd().endsWith('Cet e-mail vous a été envoyé par Les Ateliers Agora.')).toBe(true);
    expect(en.text.trimEnd().endsWith('This email was sent to you by Les Ateliers Agora.')).toBe(true);

    const bare: Branding = { organizationName: 'Agora Coworking', primaryColor: '#123456' };
    const withoutLegal = await renderMail('notification', 'en', notification.en, bare);
    expect(withoutLegal.text).not.toContain('SIRET');
    expect(withoutLegal.text).toContain('This email was sent to you by Agora Coworking.');
  });

  it('escapes markup in the organisation name', async () => {
    const branding = { ...previewBranding, organizationName: '<b>Agora</b>' };
    const mail = await renderMail('welcome-verification', 'en', welcome.en, branding);
    expect(mail.html).not.toContain('<b>Agora');
    expect(mail.html).toContain('&lt;b&gt;Agora&lt;/b&gt;');
  });

  it('refuses a template it does not know', async () => {
    // A message document read from Firestore can name anything; the type cannot stop it there.
    const template = 'invoice' as 'notification';
    await expect(renderMail(template, 'fr', notification.fr, previewBranding)).rejects.toThrow(
      'Unknown mail template: invoice',
    );
  });
});
