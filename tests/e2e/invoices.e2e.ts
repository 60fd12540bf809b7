// Invoices end to end (issue 6 "Done when"): a member buys a pack and books a session with credits,
// then downloads both documents from their space; another member's download is refused.
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { admin, idToken } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { newMember, signUpVerified } from './fixtures/accounts.ts';

const SESSION_ID = 'demo-compta-independants';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

describe('invoices: member downloads, others cannot (INV-1..3)', () => {
  it('a member buys a pack and books a session, then downloads both documents; another member is refused', async () => {
    const member = newMember('invoices');
    const other = newMember('invoices-other');
    const buyer = await newPerson(browser);
    const stranger = await newPerson(browser);
    try {
      const { page } = buyer;
      await signUpVerified(page, member);
      const uid = (await admin().auth.getUserByEmail(member.email)).uid;

      await page.goto(`${APP_URL}/shop`);
      await page.getByRole('button', { name: 'Acheter Pack 5 crédits' }).click();
      await page.waitForURL('**/checkout/demo/**');
      await page.getByRole('button', { name: /^Payer/ }).click();
      await page.getByText('Paiement confirmé : 5 crédits ajoutés').waitFor({ timeout: 30_000 });

      await page.goto(`${APP_URL}/sessions/${SESSION_ID}`);
      await page.getByRole('button', { name: 'Réserver pour 1 crédit' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Réserver' }).click();
      await page.getByText('Vous êtes inscrit(e) à cette formation.').waitFor();

      // Both documents appear in the member's space once their PDFs are stored (triggers).
      await page.goto(`${APP_URL}/account/invoices`);
      await page.getByRole('heading', { name: 'Mes factures' }).waitFor();
      const invoices = async () =>
        (await admin().db.collection('invoices').where('uid', '==', uid).get()).docs;
      let docs = await invoices();
      for (
        let attempt = 0;
        attempt < 60 && (docs.length < 2 || docs.some((doc) => !doc.get('pdf')));
        attempt += 1
      ) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        docs = await invoices();
      }
      expect(docs.map((doc) => doc.get('source.type') as string).sort()).toEqual(['booking', 'order']);

      for (const doc of docs) {
        const number = doc.get('number') as string;
        const button = page.getByRole('button', { name: `Télécharger ${number}` });
        await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
        expect(download.suggestedFilename()).toBe(`${number}.pdf`);
        const bytes = await downloaded(download);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.get('pdf.sha256'));
      }

      // Another member sees none of them and the function refuses the download.
      await signUpVerified(stranger.page, other);
      await stranger.page.goto(`${APP_URL}/account/invoices`);
      await stranger.page.getByText('Aucune facture pour le moment.').waitFor();
      const token = await idToken(other.email, other.password);
      const response = await fetch(`http://127.0.0.1:5001/demo-agora/europe-west9/downloadInvoice`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ data: { invoiceId: docs[0]?.id } }),
      });
      const body = (await response.json()) as { error?: { status: string; details?: { reason?: string } } };
      expect(response.status).toBe(403);
      expect(body.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'forbidden' } });
    } catch (error) {
      await snapshot(buyer.page, 'invoices-member');
      await snapshot(stranger.page, 'invoices-other');
      throw error;
    } finally {
      await buyer.context.close();
      await stranger.context.close();
    }
  });
});
