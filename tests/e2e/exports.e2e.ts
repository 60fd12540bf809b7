// Server-side exports from the staff page (issue 8 item 3, ADM-2): an assistant asks for the
// bookings as .xlsx, follows the job live, downloads a file that reads back as a sheet.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { launchBrowser, newPerson, snapshot, APP_URL } from './fixtures/browser.ts';
import { signIn } from './fixtures/accounts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('exports (ADM-2)', () => {
  it('an assistant exports the bookings as .xlsx and downloads a valid sheet', async () => {
    const staff = await newPerson(browser);
    try {
      await signIn(staff.page, 'assistant@agora.test');
      await staff.page.goto(`${APP_URL}/admin/exports`);
      await staff.page.locator('#export-dataset').selectOption('bookings');
      await staff.page.locator('#export-format').selectOption('xlsx');
      await staff.page.getByTestId('start-export').click();
      const link = staff.page.getByTestId('export-download');
      await link.waitFor({ timeout: 60_000 });
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v0\/b\/.+token=/);
      const response = await fetch(String(href));
      expect(response.status).toBe(200);
      const rows = await readSheet(Buffer.from(await response.arrayBuffer()));
      expect(rows[0]?.slice(0, 3)).toEqual(['Réservation', 'Type', 'Intitulé']);
    } catch (error) {
      await snapshot(staff.page, 'exports-staff');
      throw error;
    } finally {
      await staff.context.close();
    }
  });
});
