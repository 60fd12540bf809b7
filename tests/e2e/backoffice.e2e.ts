// Staff lists (issue 8 item 2) and the page half of the permissions matrix: an assistant filters
// the members by role and finds a new one by email among all members, then finds their session
// booking in Réservations and their credit movements in Mouvements de crédits, through filters kept
// in the address; a moderator is refused both pages and has no menu entry for them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { newMember, signIn, signUpVerified } from './fixtures/accounts.ts';
import { grantCredits } from './fixtures/staff.ts';

const SESSION_ID = 'demo-excel-tcd';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('back-office lists (ADM-2, ACC-3)', () => {
  it('an assistant filters bookings and credit movements by member; a moderator gets neither', async () => {
    const member = newMember('lists');
    const learner = await newPerson(browser);
    const staff = await newPerson(browser);
    const moderator = await newPerson(browser);
    try {
      await signUpVerified(learner.page, member);
      const uid = (await admin().auth.getUserByEmail(member.email)).uid;
      await signIn(staff.page, 'assistant@agora.test');
      await grantCredits(staff.page, member.email, 4);
      // Membres: a role filter looks through every member, not the page shown.
      await staff.page.locator('#members-role-filter').selectOption('moderator');
      await staff.page.getByRole('row').filter({ hasText: 'moderateur@agora.test' }).waitFor();
      expect(await staff.page.getByRole('row').filter({ hasText: member.email }).count()).toBe(0);
      await staff.page.locator('#members-role-filter').selectOption('all');
      await staff.page.locator('#members-search').fill(member.email);
      await staff.page.getByText('1 membre trouvé.').waitFor();
      await staff.page.getByTestId(`member-balance-${uid}`).getByText('4').waitFor();

      // The member books a session with 2 of those credits.
      await learner.page.goto(`${APP_URL}/sessions/${SESSION_ID}`);
      await learner.page.getByText('Votre solde : 4 crédits').waitFor();
      await learner.page.getByRole('button', { name: 'Réserver pour 2 crédits' }).click();
      await learner.page.getByRole('dialog').getByRole('button', { name: 'Réserver' }).click();
      await learner.page.getByText('Vous êtes inscrit(e) à cette formation.').waitFor();

      // Réservations, filtered by the member through the address: their booking, confirmed.
      await staff.page.goto(`${APP_URL}/admin/bookings?member=${uid}`);
      const row = staff.page.getByTestId(`booking-row-session_${SESSION_ID}_${uid}`);
      await row.getByText('Confirmée').waitFor({ timeout: 15_000 });
      await row.getByText('Crédits · 2 crédits').waitFor();
      expect(await staff.page.getByTestId(/^booking-row-/).count()).toBe(1);
      // Spaces only: none for this member.
      await staff.page.getByLabel('Type').selectOption('space');
      await staff.page.getByText('Aucune réservation ne correspond à ces critères.').waitFor();
      expect(staff.page.url()).toContain('kind=space');

      // Mouvements de crédits, the member picked by email in the filter: the grant, then the debit.
      await staff.page.goto(`${APP_URL}/admin/ledger`);
      await staff.page.getByRole('combobox', { name: 'Membre' }).fill(member.email);
      await staff.page.getByTestId(`ledger-filter-member-option-${uid}`).click();
      await staff.page.waitForURL(`**/admin/ledger?member=${uid}`);
      const rows = staff.page.getByTestId(new RegExp(`^ledger-row-${uid}-`));
      const texts = async () => (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
      // Polled as a whole: the list of every member, shown first, is replaced by the member's own.
      await expect
        .poll(texts, { timeout: 15_000 })
        .toEqual([expect.stringMatching(/Réservation -2 2 /), expect.stringMatching(/Ajustement \+4 4 /)]);
      // Oldest first puts the grant on top.
      await staff.page.getByLabel('Ordre').selectOption('asc');
      await expect
        .poll(texts, { timeout: 15_000 })
        .toEqual([expect.stringMatching(/Ajustement \+4 4 /), expect.stringMatching(/Réservation -2 2 /)]);

      await signIn(moderator.page, 'moderateur@agora.test');
      for (const path of ['/admin/bookings', '/admin/ledger']) {
        await moderator.page.goto(`${APP_URL}${path}`);
        await moderator.page.getByText('Accès refusé').first().waitFor();
      }
      const menu = moderator.page.getByRole('navigation', { name: "Sections de l'administration" });
      await menu.getByRole('link', { name: 'Messages' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Mouvements de crédits' }).count()).toBe(0);
      expect(await menu.getByRole('link', { name: 'Réservations' }).count()).toBe(0);
    } catch (error) {
      await snapshot(staff.page, 'lists-staff');
      await snapshot(moderator.page, 'lists-moderator');
      throw error;
    } finally {
      await learner.context.close();
      await staff.context.close();
      await moderator.context.close();
    }
  });
});
