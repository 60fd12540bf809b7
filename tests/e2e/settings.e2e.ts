// Settings end to end (issue 8 "Done when", ADM-3): an admin changes the cancellation window on the
// settings page; a member's session page, open all along, shows the new deadline without a reload;
// an admin uploads the organisation's logo and removes it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Timestamp } from 'firebase-admin/firestore';
import sharp from 'sharp';
import { admin } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { newMember, signIn, signUpVerified } from './fixtures/accounts.ts';
import { grantCredits } from './fixtures/staff.ts';

const SESSION_ID = 'demo-prise-de-parole';
const HOUR = 3_600_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** As the pages print an instant ('LL LT' in French, Paris time): "28 novembre 2026 09:00". */
function frenchDateTime(date: Date): string {
  const day = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  const time = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
  return `${day} ${time}`;
}

async function saveWindow(page: Page, hours: number): Promise<void> {
  await page.goto(`${APP_URL}/admin/settings`);
  const field = page.locator('#settings-cancellation-window');
  await field.fill(String(hours));
  await page.getByTestId('save-settings').click();
  await page.getByTestId('settings-saved').waitFor();
}

describe('settings: the cancellation window reaches the member pages (ADM-3, CAPS-6)', () => {
  it('an admin sets 48 h; the member’s open session page shows the deadline 48 h before', async () => {
    const member = newMember('settings');
    const learner = await newPerson(browser);
    const staff = await newPerson(browser);
    try {
      await signUpVerified(learner.page, member);
      await signIn(staff.page, 'admin@agora.test');
      await grantCredits(staff.page, member.email, 5);
      const startsAt = (
        (await admin().db.doc(`sessions/${SESSION_ID}`).get()).get('startsAt') as Timestamp
      ).toDate();

      await learner.page.goto(`${APP_URL}/sessions/${SESSION_ID}`);
      const window24 = `Annulation gratuite jusqu’au ${frenchDateTime(new Date(startsAt.getTime() - 24 * HOUR))}.`;
      await learner.page.getByText(window24).waitFor();

      await saveWindow(staff.page, 48);
      const window48 = `Annulation gratuite jusqu’au ${frenchDateTime(new Date(startsAt.getTime() - 48 * HOUR))}.`;
      await learner.page.getByText(window48).waitFor({ timeout: 15_000 });

      const settings = (await admin().db.doc('settings/organization').get()).data();
      expect(settings?.policies?.cancellationWindowHours).toBe(48);
      const audit = await admin().db.collection('auditLog').where('action', '==', 'settings.update').get();
      expect(audit.docs.some((entry) => entry.get('after.policies.cancellationWindowHours') === 48)).toBe(
        true,
      );

      // Back to the seeded policy, through the same page, for the scenarios that follow.
      await saveWindow(staff.page, 24);
      await learner.page.getByText(window24).waitFor({ timeout: 15_000 });
    } catch (error) {
      await snapshot(learner.page, 'settings-member');
      await snapshot(staff.page, 'settings-admin');
      throw error;
    } finally {
      await learner.context.close();
      await staff.context.close();
    }
  });

  it('an admin uploads a logo: shown on the page, stored as a PNG, then removed', async () => {
    const staff = await newPerson(browser);
    try {
      await signIn(staff.page, 'admin@agora.test');
      await staff.page.goto(`${APP_URL}/admin/settings`);
      await staff.page.getByText('Aucun logo : le nom affiché le remplace.').waitFor();
      const logo = await sharp({
        create: { width: 1200, height: 400, channels: 3, background: '#1d4e89' },
      })
        .jpeg()
        .toBuffer();
      await staff.page
        .getByTestId('settings-logo-input')
        .setInputFiles({ name: 'logo.jpg', mimeType: 'image/jpeg', buffer: logo });
      await staff.page.getByText('Logo enregistré.').waitFor({ timeout: 20_000 });
      const image = staff.page.getByTestId('settings-logo-image');
      await image.waitFor();
      // The browser loaded the stored file: a PNG resized to 512 px wide.
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);
      const branding = (await admin().db.doc('settings/organization').get()).get('branding') as {
        logoPath?: string;
      };
      expect(branding.logoPath).toMatch(/^branding\/logo-[0-9a-f]{16}\.png$/);

      await staff.page.getByRole('button', { name: 'Retirer le logo' }).click();
      await staff.page.getByText('Logo retiré.').waitFor();
      await staff.page.getByText('Aucun logo : le nom affiché le remplace.').waitFor();
    } catch (error) {
      await snapshot(staff.page, 'settings-logo');
      throw error;
    } finally {
      await staff.context.close();
    }
  });
});
