// Coworking spaces end to end (issue 7 "Done when"): a member books the meeting room for two hours
// with credits; the staff calendar, already open, shows the booking without a reload; staff block
// the next slot; the member's page, still open, shows that slot taken.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '@agora/domain';
import { admin } from './fixtures/server.ts';
import { APP_URL, launchBrowser, newPerson, snapshot } from './fixtures/browser.ts';
import { newMember, signIn, signUpVerified } from './fixtures/accounts.ts';
import { grantCredits } from './fixtures/staff.ts';

const ROOM = 'salle-voltaire';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slotState = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-state');

describe('spaces: book, see it live on the staff calendar, block, see it taken (SPACE-2..5)', () => {
  it('a member books 2 hours with credits; staff see it live, block the next hour; the member sees it taken', async () => {
    const member = newMember('spaces');
    const booker = await newPerson(browser);
    const staff = await newPerson(browser);
    // A day well inside the window, far from the notice; a fresh hour each run (data persists).
    const day = localDateOf(Date.now() + (10 + Math.floor(Math.random() * 40)) * 86_400_000, 'Europe/Paris');
    const [start, next] = ['10:00', '12:00'];
    try {
      const { page } = booker;
      await signUpVerified(page, member);
      const uid = (await admin().auth.getUserByEmail(member.email)).uid;

      // Staff give the new member 6 credits, then open the calendar of the room on that day.
      await signIn(staff.page, 'admin@agora.test');
      await grantCredits(staff.page, member.email, 6);
      await staff.page.goto(`${APP_URL}/admin/spaces/calendar?date=${day}&view=day&resource=${ROOM}`);
      await staff.page.getByTestId(`calendar-slot-${ROOM}-${day}-${start}`).waitFor();
      expect(await slotState(staff.page, `calendar-slot-${ROOM}-${day}-${start}`)).toBe('free');

      // The member picks 10:00 then 11:00 (two hours) and books with credits.
      await page.goto(`${APP_URL}/spaces/${ROOM}?date=${day}&view=day`);
      await page.getByTestId(`slot-${day}-${start}`).click();
      await page.getByTestId(`slot-${day}-11:00`).click();
      await page.locator('#space-duration').selectOption('2');
      await page.locator('input[name="space-pay-with"][value="credits"]').check();
      await page.getByTestId('book-space').click();
      await page.getByTestId('space-booking-outcome').waitFor();
      expect(await slotState(page, `slot-${day}-${start}`)).toBe('full');

      const booked = await admin().db.collection('bookings').where('uid', '==', uid).get();
      expect(booked.docs.map((doc) => doc.data())).toEqual([
        expect.objectContaining({
          kind: 'space',
          resourceId: ROOM,
          status: 'confirmed',
          payment: { method: 'credits', credits: 4 },
        }),
      ]);
      expect((await admin().db.doc(`wallets/${uid}`).get()).get('balance')).toBe(2);
      const bookingId = booked.docs[0]?.id ?? '';

      // The staff calendar shows it without a reload.
      await staff.page.getByTestId(`calendar-booking-${bookingId}`).waitFor({ timeout: 15_000 });
      expect(await slotState(staff.page, `calendar-slot-${ROOM}-${day}-${start}`)).toBe('booked');

      // Staff block the next slot (12:00) from the calendar.
      await staff.page.getByTestId(`block-slot-${ROOM}-${day}-${next}`).click();
      await staff.page.getByTestId('confirm-block').click();
      await staff.page
        .locator(`[data-testid="calendar-slot-${ROOM}-${day}-${next}"][data-state="blocked"]`)
        .waitFor({ timeout: 15_000 });

      // The member's page, never reloaded, shows 12:00 taken.
      await page
        .locator(`[data-testid="slot-${day}-${next}"][data-state="blocked"]`)
        .waitFor({ timeout: 15_000 });
      const blocks = await admin().db.collection('spaceBlocks').where('resourceId', '==', ROOM).get();
      expect(
        blocks.docs.filter((doc) => doc.get('status') === 'active').map((doc) => doc.get('days')),
      ).toContainEqual([day]);
    } catch (error) {
      await snapshot(booker.page, 'spaces-member');
      await snapshot(staff.page, 'spaces-staff');
      throw error;
    } finally {
      await booker.context.close();
      await staff.context.close();
    }
  });
});
