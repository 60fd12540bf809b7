// The outbox's staff view end to end (issue 3, items 5 and 6): a new member signs up, which queues
// the welcome-verification email; the demo admin opens /admin/messages, sees it delivered by the
// capture transport (nothing leaves the machine in demo mode) and reads it, link included.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, emulatorHost, DEMO_PROJECT } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { newMember, signIn, signUp } from './fixtures/accounts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The email verification codes the Auth emulator issued for this address. */
async function verificationCodes(email: string): Promise<string[]> {
  const host = emulatorHost('FIREBASE_AUTH_EMULATOR_HOST');
  const response = await fetch(`http://${host}/emulator/v1/projects/${DEMO_PROJECT}/oobCodes`);
  const body = (await response.json()) as {
    oobCodes?: { email: string; requestType: string; oobCode: string }[];
  };
  return (body.oobCodes ?? [])
    .filter((code) => code.email === email.toLowerCase() && code.requestType === 'VERIFY_EMAIL')
    .map((code) => code.oobCode);
}

describe('admin Messages page (outbox staff view)', () => {
  it('shows the welcome email sent to a new member, captured, with its subject and link', async () => {
    const member = newMember('messages');
    const visitor = await newPerson(browser);
    const staff = await newPerson(browser);
    try {
      await signUp(visitor.page, member);
      await visitor.page.waitForURL('**/verify-email');

      const { page } = staff;
      await signIn(page, 'admin@agora.test');
      await page.goto(`${APP_URL}/admin/messages`);
      await page.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
      // Demo mode says where the emails went.
      await page.getByTestId('messages-demo-note').waitFor();

      // The live list turns "Envoyé" by itself once the capture transport has delivered it.
      const row = page.locator('[data-testid^="message-row-"]').filter({ hasText: member.email });
      await row.getByText('Envoyé', { exact: true }).waitFor({ timeout: 30_000 });
      expect(await row.count()).toBe(1);
      const rowText = await row.innerText();
      expect(rowText).toContain('Bienvenue et vérification');
      expect(rowText).toContain('Capturé (démo)');

      const id = (await row.getAttribute('data-testid'))?.replace('message-row-', '') ?? '';
      const stored = (await admin().db.doc(`mail/${id}`).get()).data();
      expect(stored).toMatchObject({
        to: member.email,
        template: 'welcome-verification',
        locale: 'fr',
        delivery: { state: 'sent', transport: 'capture', lastError: null },
        rendered: { subject: expect.any(String), html: expect.any(String), text: expect.any(String) },
      });
      const subject = String(stored?.rendered.subject);
      const verificationUrl = String(stored?.data.verificationUrl);
      expect(subject).toMatch(/confirmez votre adresse e-mail/);

      await row.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading').filter({ hasText: subject }).waitFor();

      // The rendered HTML, in its sandboxed frame, carries the verification link...
      const frame = dialog.frameLocator('iframe[title="Aperçu HTML de l\'e-mail"]');
      const link = frame.locator('a[href*="oobCode="]').first();
      await link.waitFor();
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toBe(verificationUrl);
      expect(await frame.locator('body').innerText()).toContain(member.firstName);
      // ...which the Auth emulator issued for this address; the text part has it too.
      const oobCode = new URL(href).searchParams.get('oobCode');
      expect(await verificationCodes(member.email)).toContain(oobCode);
      expect(await dialog.getByTestId('message-text').innerText()).toContain(verificationUrl);
      await snapshot(page, 'messages-detail');

      // Admins may resend: after a confirmation, a copy is queued and delivered in turn.
      await dialog.getByRole('button', { name: 'Renvoyer' }).click();
      const confirm = page.getByRole('dialog', { name: 'Renvoyer ce message ?' });
      await confirm.getByRole('button', { name: 'Renvoyer' }).click();
      await page.getByRole('status').filter({ hasText: "remis en file d'envoi" }).waitFor();
      await row.nth(1).getByText('Envoyé', { exact: true }).waitFor({ timeout: 30_000 });
      const copies = await admin().db.collection('mail').where('resendOf', '==', id).get();
      expect(copies.docs.map((copy) => copy.data().to)).toEqual([member.email]);
    } catch (error) {
      await snapshot(staff.page, 'messages-failure').catch(() => undefined);
      throw error;
    } finally {
      await visitor.context.close();
      await staff.context.close();
    }
  });
});
