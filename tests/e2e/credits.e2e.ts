// Credits end to end (issue 4 "Done when"): a new member buys a 5-credit pack through the demo
// checkout (the backend signs the events and posts them to stripeWebhook, whose real verification
// and fulfilment run) and sees the balance and the history line; an admin removes 2 credits with a
// reason and the member's open wallet page shows it without reloading.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { newMember, signIn, signUpVerified } from './fixtures/accounts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('credits: buy a pack, staff adjustment (CR-2, CR-3, CR-5, CR-6)', () => {
  it('a member buys 5 credits through the demo checkout; an admin removes 2 with a reason', async () => {
    const member = newMember('credits');
    const buyer = await newPerson(browser);
    const staff = await newPerson(browser);
    try {
      const { page } = buyer;
      await signUpVerified(page, member);

      await page.goto(`${APP_URL}/shop`);
      await page.getByRole('heading', { name: 'Acheter des crédits' }).waitFor();
      await page.getByRole('button', { name: 'Acheter Pack 5 crédits' }).click();
      await page.waitForURL('**/checkout/demo/**');
      await page.getByText('Paiement (démonstration)').first().waitFor();
      await page.getByRole('button', { name: /^Payer/ }).click();
      await page.waitForURL('**/checkout/return**');
      await page.getByText('Paiement confirmé : 5 crédits ajoutés').waitFor({ timeout: 30_000 });

      // What the server stored: a paid order, one purchase entry, the event recorded once.
      const uid = (await admin().auth.getUserByEmail(member.email)).uid;
      const orders = await admin().db.collection('orders').where('uid', '==', uid).get();
      expect(orders.docs.map((doc) => doc.data())).toMatchObject([
        { status: 'paid', amountCents: 4500, credits: 5, demo: true, productId: 'pack-5' },
      ]);
      const orderId = orders.docs[0]?.id ?? '';
      expect(
        (await admin().db.doc(`stripeEvents/evt_demo_${orderId}_checkout_completed`).get()).get('outcome'),
      ).toBe('applied');

      await page.goto(`${APP_URL}/account/wallet`);
      await page.getByText('Solde : 5 crédits').waitFor();
      const history = page.getByRole('table').first();
      await history.getByText('Achat').waitFor();
      expect(await history.innerText()).toContain('+5');

      // The admin removes 2 credits with a reason, from the members list.
      await signIn(staff.page, 'admin@agora.test');
      await staff.page.goto(`${APP_URL}/admin/members`);
      const row = staff.page.getByRole('row').filter({ hasText: member.email });
      await row.getByRole('checkbox').check();
      await staff.page.getByRole('button', { name: 'Ajuster les crédits' }).click();
      const dialog = staff.page.getByRole('dialog');
      await dialog.getByLabel('Retirer').check();
      await dialog.getByLabel('Nombre de crédits').fill('2');
      await dialog.getByLabel('Motif').fill('Séance non honorée (test)');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await staff.page.getByText('Crédits mis à jour').waitFor();

      // The member's open page follows, without a reload.
      await page.getByText('Solde : 3 crédits').waitFor({ timeout: 20_000 });
      await history.getByRole('cell', { name: 'Séance non honorée (test)', exact: true }).waitFor();
      const text = await history.innerText();
      expect(text).toContain('Ajustement');
      expect(text).toContain('\u22122');

      const entries = await admin().db.collection(`wallets/${uid}/ledger`).get();
      expect(entries.docs.map((doc) => doc.get('delta') as number).sort()).toEqual([-2, 5]);
      expect((await admin().db.doc(`wallets/${uid}`).get()).get('balance')).toBe(3);
    } catch (error) {
      await snapshot(buyer.page, 'credits-member');
      await snapshot(staff.page, 'credits-admin');
      throw error;
    } finally {
      await buyer.context.close();
      await staff.context.close();
    }
  });
});
