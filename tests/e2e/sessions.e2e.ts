// Training sessions end to end (issue 5 "Done when"): a new member with too few credits is sent to
// the shop, buys a pack through the demo checkout, comes back to the same session, books it, sees
// the LMS link; staff see the confirmation email in Messages; the member cancels and gets the
// credits back.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { newMember, signIn, signUpVerified } from './fixtures/accounts.ts';

const SESSION_ID = 'demo-excel-tcd';
const SESSION_TITLE = 'Excel : tableaux croisés dynamiques';
const LMS_URL = 'https://lms.agora.test/cours/excel-tcd';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sessions: book with credits, LMS link, cancel (CAPS-2..6)', () => {
  it('a member short of credits buys a pack, comes back, books, sees the link and the email, cancels', async () => {
    const member = newMember('sessions');
    const learner = await newPerson(browser);
    const staff = await newPerson(browser);
    try {
      const { page } = learner;
      await signUpVerified(page, member);
      const uid = (await admin().auth.getUserByEmail(member.email)).uid;
      const seatsBefore = (await admin().db.doc(`sessions/${SESSION_ID}`).get()).get('seatsBooked') as number;

      // The catalogue leads to the session; with 0 credits the page sends the member to the shop.
      await page.goto(`${APP_URL}/sessions`);
      await page.getByRole('heading', { name: 'Nos formations' }).waitFor();
      await page.getByRole('link', { name: SESSION_TITLE }).first().click();
      await page.waitForURL(`**/sessions/${SESSION_ID}`);
      await page.getByText('Crédits insuffisants : il vous manque 2 crédits.').waitFor();
      await page.getByRole('link', { name: 'Acheter des crédits' }).click();
      await page.waitForURL('**/shop?returnTo=**');

      await page.getByRole('button', { name: 'Acheter Pack 5 crédits' }).click();
      await page.waitForURL('**/checkout/demo/**');
      await page.getByRole('button', { name: /^Payer/ }).click();
      await page.getByText('Paiement confirmé : 5 crédits ajoutés').waitFor({ timeout: 30_000 });
      await page
        .getByRole('link', { name: 'Reprendre là où j’en étais' })
        .or(page.getByRole('button', { name: 'Reprendre là où j’en étais' }))
        .click();
      await page.waitForURL(`**/sessions/${SESSION_ID}`);

      // Back on the same session, with the credits: book it.
      await page.getByText('Votre solde : 5 crédits').waitFor();
      await page.getByRole('button', { name: 'Réserver pour 2 crédits' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Réserver' }).click();
      await page.getByText('Vous êtes inscrit(e) à cette formation.').waitFor();
      const lms = page.getByRole('link', { name: 'Accéder à la formation en ligne' });
      await lms.waitFor();
      expect(await lms.getAttribute('href')).toBe(LMS_URL);
      await page.getByText('Votre solde : 3 crédits').waitFor();

      const bookingId = `session_${SESSION_ID}_${uid}`;
      expect((await admin().db.doc(`bookings/${bookingId}`).get()).data()).toMatchObject({
        status: 'confirmed',
        payment: { method: 'credits', credits: 2 },
      });
      expect((await admin().db.doc(`sessions/${SESSION_ID}`).get()).get('seatsBooked')).toBe(seatsBefore + 1);

      // Staff see the confirmation email, sent by the capture transport, with the LMS link.
      await signIn(staff.page, 'admin@agora.test');
      await staff.page.goto(`${APP_URL}/admin/messages`);
      const row = staff.page.getByTestId(`message-row-confirmation-${bookingId}-1`);
      await row.getByText('Envoyé', { exact: true }).waitFor({ timeout: 30_000 });
      await row.click();
      const detail = staff.page.getByRole('dialog');
      await detail.getByText(`Réservation confirmée : ${SESSION_TITLE}`).first().waitFor();
      const mail = (await admin().db.doc(`mail/confirmation-${bookingId}-1`).get()).data();
      expect(mail?.rendered?.html).toContain(LMS_URL);
      expect(mail?.attachments?.[0]?.filename).toBe('formation.ics');

      // The member cancels inside the window and gets the credits back.
      await page.getByRole('button', { name: 'Annuler ma réservation' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer l’annulation' }).click();
      await page.getByText('Réservation annulée : 2 crédits remboursés').waitFor();
      await page.getByText('Votre solde : 5 crédits').waitFor();
      expect((await admin().db.doc(`wallets/${uid}`).get()).get('balance')).toBe(5);
      expect((await admin().db.doc(`bookings/${bookingId}`).get()).get('status')).toBe('cancelled');
      expect((await admin().db.doc(`sessions/${SESSION_ID}`).get()).get('seatsBooked')).toBe(seatsBefore);
    } catch (error) {
      await snapshot(learner.page, 'sessions-member');
      await snapshot(staff.page, 'sessions-staff');
      throw error;
    } finally {
      await learner.context.close();
      await staff.context.close();
    }
  });
});
