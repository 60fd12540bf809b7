// ACC-1..3 end to end, in Chromium against the app served by the Hosting emulator: a new member
// signs up with every field, verifies the address through the demo link and sees the profile;
// the demo admin grants a role and the member's open session carries it on its next request.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { fillSignUpForm, newMember, signIn, signUp } from './fixtures/accounts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sign-up, email verification and profile (ACC-1, ACC-2)', () => {
  it('a new member signs up with every field, verifies the email and sees the profile', async () => {
    const { context, page } = await newPerson(browser);
    const member = newMember('signup');
    try {
      await signUp(page, member);
      await page.waitForURL('**/verify-email');

      // The profile was stored by saveProfile, normalised, with the consent dated by the server.
      const user = await admin().auth.getUserByEmail(member.email);
      expect(user.emailVerified).toBe(false);
      const stored = (await admin().db.doc(`users/${user.uid}`).get()).data();
      expect(stored).toMatchObject({
        firstName: 'Hélène',
        lastName: "D'Artagnan",
        phone: '+33612345678',
        birthDate: '1990-05-15',
        status: 'self-employed',
        smsOptIn: true,
        email: member.email,
        address: {
          line1: '1 place Bellecour',
          line2: '3e étage',
          postalCode: '69002',
          city: 'Lyon',
          country: 'FR',
        },
        consent: { policyVersion: expect.any(String), accepted: true },
      });
      expect(stored?.consent.acceptedAt.toDate().getTime()).toBeGreaterThan(Date.now() - 120_000);

      // Demo mode shows the link the Auth emulator generated; it verifies and comes back.
      const link = page.getByTestId('emulator-verification-link');
      await link.waitFor();
      expect(await link.getAttribute('href')).toContain('oobCode=');
      await link.click();
      await page.waitForURL('**/verify-email');
      await page.getByRole('button', { name: "J'ai vérifié" }).click();
      await page.waitForURL('**/account');
      expect((await admin().auth.getUser(user.uid)).emailVerified).toBe(true);

      await page.goto(`${APP_URL}/account/profile`);
      const summary = page.getByTestId('profile-summary');
      await summary.waitFor();
      const text = await summary.innerText();
      expect(text).toContain("Hélène D'Artagnan");
      expect(text).toContain(member.email);
      expect(text).toContain('Vérifiée');
      expect(text).toContain('15 mai 1990');
      // The edit form below the summary holds the stored contact details.
      expect(await page.getByRole('textbox', { name: 'Ville' }).inputValue()).toBe('Lyon');
      expect(await page.getByRole('textbox', { name: 'Téléphone' }).inputValue()).toMatch(
        /6 ?12 ?34 ?56 ?78/,
      );
      await snapshot(page, 'accounts-profile');
    } catch (error) {
      await snapshot(page, 'accounts-signup-failure');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('refuses a sign-up with a malformed phone and creates no account', async () => {
    const { context, page } = await newPerson(browser);
    const member = newMember('badphone');
    try {
      await fillSignUpForm(page, member);
      await page.getByRole('textbox', { name: 'Téléphone' }).fill('12345');
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await page.getByText('Numéro de téléphone invalide').first().waitFor();
      expect(page.url()).toContain('/sign-up');
      await expect(admin().auth.getUserByEmail(member.email)).rejects.toMatchObject({
        code: 'auth/user-not-found',
      });
    } finally {
      await context.close();
    }
  });
});

describe('roles (ACC-3)', () => {
  it("the admin grants the assistant role and the member's next request carries it", async () => {
    const memberEmail = 'julien.bernard@agora.test';
    const memberUid = 'demo-member-2';
    const memberSide = await newPerson(browser);
    const adminSide = await newPerson(browser);
    try {
      // The member is signed in, without access to the back office.
      await signIn(memberSide.page, memberEmail);
      await memberSide.page.goto(`${APP_URL}/admin/members`);
      await memberSide.page.getByRole('heading', { name: 'Accès refusé' }).waitFor();
      expect(await memberSide.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);

      // The admin grants the role from the members list.
      await signIn(adminSide.page, 'admin@agora.test');
      await adminSide.page.goto(`${APP_URL}/admin/members`);
      const row = adminSide.page.getByTestId(`member-row-${memberUid}`);
      await row.waitFor();
      expect(await row.innerText()).toContain(memberEmail);
      await row.getByLabel('Rôle').selectOption('assistant');
      await adminSide.page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await adminSide.page.getByText('mis à jour').waitFor();

      // Server side: claim merged, mirror written, change audited.
      const { auth, db } = admin();
      expect((await auth.getUser(memberUid)).customClaims?.role).toBe('assistant');
      expect((await db.doc(`users/${memberUid}`).get()).get('role')).toBe('assistant');
      const audit = await db.collection('auditLog').where('target', '==', memberUid).get();
      expect(audit.docs.map((d) => d.data())).toContainEqual(
        expect.objectContaining({ actor: 'demo-admin', action: 'role.set', after: 'assistant' }),
      );

      // The member's open app refreshes its token without a reload: the back office link appears
      // and the members list, which the rules open to assistants only, loads.
      await memberSide.page.getByRole('link', { name: 'Administration' }).first().waitFor();
      await memberSide.page.goto(`${APP_URL}/admin/members`);
      await memberSide.page.getByTestId('member-row-demo-member-1').waitFor();
      await snapshot(memberSide.page, 'roles-member-as-assistant');
    } finally {
      // Leave the demo as seeded.
      await admin().auth.setCustomUserClaims(memberUid, {});
      await admin().db.doc(`users/${memberUid}`).set({ role: null }, { merge: true });
      await memberSide.context.close();
      await adminSide.context.close();
    }
  });
});
