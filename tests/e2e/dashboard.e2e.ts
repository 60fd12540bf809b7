// The staff dashboard (issue 8 item 1, ADM-1): figures come from the aggregate documents, and the
// page says how many it read (bounded whatever the data); a moderator is kept out.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { signIn } from './fixtures/accounts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('dashboard (ADM-1)', () => {
  it('an assistant refreshes the figures and sees the members count from 31 documents; a moderator cannot', async () => {
    const staff = await newPerson(browser);
    const moderator = await newPerson(browser);
    try {
      await signIn(staff.page, 'assistant@agora.test');
      await staff.page.goto(`${APP_URL}/admin/dashboard`);
      await staff.page.getByTestId('refresh-stats').click();
      const current = admin().db.doc('stats/current');
      await expect.poll(async () => (await current.get()).exists, { timeout: 30_000 }).toBe(true);
      const members = Number((await current.get()).get('members'));
      expect(members).toBeGreaterThanOrEqual(3);
      await staff.page
        .getByTestId('kpi-members')
        .getByText(new Intl.NumberFormat('fr-FR').format(members))
        .waitFor({ timeout: 15_000 });
      // The default view, the last 30 days: 30 day documents and `current`.
      await staff.page.getByTestId('dashboard-documents-read').getByText('31 documents lus').waitFor();

      await signIn(moderator.page, 'moderateur@agora.test');
      await moderator.page.goto(`${APP_URL}/admin/dashboard`);
      await moderator.page.getByText('Accès refusé').first().waitFor();
      expect(await moderator.page.getByTestId('kpi-members').count()).toBe(0);
    } catch (error) {
      await snapshot(staff.page, 'dashboard-staff');
      await snapshot(moderator.page, 'dashboard-moderator');
      throw error;
    } finally {
      await staff.context.close();
      await moderator.context.close();
    }
  });
});
