// Issuing invoices against the emulators (INV-1..4; issue 6 "Done when"): continuous numbers under
// concurrency, no gap or renumbering after a failure, PDF stored with its SHA-256, download rights,
// credit notes and corrections.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { createBuyer, createOrder } from '../payments/support.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { storage } from '../../../functions/src/lib/admin.ts';
import { composeInvoice, organizationSettingsSchema, type InvoicingSettings } from '@agora/domain';
import { demoOrganization } from '../../../scripts/seed/demo-data.ts';
import { correctInvoice, downloadInvoice } from '../../../functions/src/index.ts';
import { issueDocument } from '../../../functions/src/invoices/issue.ts';
import { finalizeInvoice } from '../../../functions/src/invoices/finalize.ts';
import {
  invoiceBooking,
  invoiceOrder,
  invoiceSubscriptionPeriod,
  cancelInvoice,
} from '../../../functions/src/invoices/sources.ts';
import { call, rejection, signedIn } from '../support/callables.ts';

const settings = organizationSettingsSchema.parse(demoOrganization);
const invoicing = settings.invoicing as InvoicingSettings;
const buyer = {
  name: 'Camille Martin',
  address: { line1: '1 rue de la République', postalCode: '69002', city: 'Lyon', country: 'FR' },
  email: 'buyer-1@example.fr',
};
const content = composeInvoice({
  settings: { ...settings, invoicing },
  buyer,
  sale: {
    type: 'credit-pack',
    description: 'Pack 5 crédits',
    quantity: 1,
    unitGrossCents: 4500,
    vatRate: 20,
    paidAt: new Date('2026-11-20T10:00:00Z'),
    paymentMethod: 'card',
  },
});

/** Issues without precondition: always a document. */
async function issue(request: Parameters<typeof issueDocument>[0]) {
  const issued = await issueDocument(request);
  if (!issued) throw new Error(`${request.invoiceId} was not issued`);
  return issued;
}

beforeEach(async () => {
  await resetEmulators();
  await testDb.doc('settings/organization').set(settings);
});
afterAll(closeEmulators);

const numbers = async () =>
  (await testDb.collection('invoices').get()).docs
    .map((doc) => doc.get('sequence') as number)
    .sort((a, b) => a - b);

describe('numbering', () => {
  it('gives 200 concurrent issuances in one series the numbers 1..200, no gap, no duplicate', async () => {
    const issued = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        issue({
          invoiceId: `c${index}`,
          uid: 'buyer-1',
          source: { type: 'order', id: `o${index}` },
          content,
          invoicing,
        }),
      ),
    );
    expect(issued.every((result) => result.created)).toBe(true);
    expect(await numbers()).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    expect(new Set(issued.map((result) => result.number)).size).toBe(200);
    const year = new Date().getFullYear();
    expect(issued.map((result) => result.number)).toContain(`F-${year}-000200`);
    expect((await testDb.doc(`invoiceCounters/invoice-${year}`).get()).get('next')).toBe(201);
  }, 120_000);

  it('issues a document once when the same sale is issued concurrently', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        issue({
          invoiceId: 'same',
          uid: 'buyer-1',
          source: { type: 'order', id: 'o' },
          content,
          invoicing,
        }),
      ),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.number)).size).toBe(1);
    expect(await numbers()).toEqual([1]);
  });

  it('never leaves a gap nor renumbers when the PDF step fails after numbering', async () => {
    // Numbered, then the instance dies before the PDF: the next document still takes number 2.
    const first = await issue({
      invoiceId: 'crashed',
      uid: 'buyer-1',
      source: { type: 'order', id: 'o1' },
      content,
      invoicing,
    });
    const second = await issue({
      invoiceId: 'next',
      uid: 'buyer-1',
      source: { type: 'order', id: 'o2' },
      content,
      invoicing,
    });
    expect([first.number.endsWith('000001'), second.number.endsWith('000002')]).toEqual([true, true]);
    expect((await testDb.doc('invoices/crashed').get()).get('pdf')).toBeUndefined();
    // The retry finishes the first one under its own number.
    await finalizeInvoice('crashed');
    const stored = (await testDb.doc('invoices/crashed').get()).data();
    expect(stored?.number).toBe(first.number);
    expect(stored?.pdf?.path).toBe(`invoices/${stored?.year}/${first.number}.pdf`);
    expect(await numbers()).toEqual([1, 2]);
  });
});

describe('issued documents', () => {
  it('stores the PDF whose SHA-256 is kept on the invoice, mails it, and lets only owner and staff download it', async () => {
    await Promise.all([createBuyer('buyer-1'), createOrder('o1', 'buyer-1')]);
    await testDb.doc('orders/o1').update({ status: 'paid', paidAt: Timestamp.now(), paymentMethod: 'card' });
    const issued = await invoiceOrder('o1');
    expect(issued?.created).toBe(true);
    await finalizeInvoice(issued?.invoiceId ?? '');
    const invoice = (await testDb.doc(`invoices/${issued?.invoiceId}`).get()).data();
    expect(invoice).toMatchObject({
      kind: 'invoice',
      uid: 'buyer-1',
      source: { type: 'order', id: 'o1' },
      totals: { grossCents: 4500 },
    });

    const [bytes] = await storage()
      .bucket(`${process.env.GCLOUD_PROJECT ?? ''}.appspot.com`)
      .file(invoice?.pdf.path)
      .download();
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(digest).toBe(invoice?.pdf.sha256);
    expect(invoice?.pdfSha256).toBe(digest);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const mail = (await testDb.doc(`mail/invoice-${issued?.invoiceId}`).get()).data();
    expect(mail).toMatchObject({
      to: 'buyer-1@example.fr',
      attachments: [{ contentType: 'application/pdf', storagePath: invoice?.pdf.path }],
    });

    const owner = signedIn('buyer-1', { email: 'buyer-1@example.fr', email_verified: true });
    const download = await call(downloadInvoice, { invoiceId: issued?.invoiceId }, owner);
    expect(createHash('sha256').update(Buffer.from(download.base64, 'base64')).digest('hex')).toBe(digest);
    expect(download.filename).toBe(`${invoice?.number}.pdf`);
    const other = signedIn('buyer-2', { email: 'buyer-2@example.fr', email_verified: true });
    expect(
      (await rejection(call(downloadInvoice, { invoiceId: issued?.invoiceId }, other))).details?.reason,
    ).toBe('forbidden');
    const assistant = signedIn('assistant-1', {
      email: 'a@example.fr',
      email_verified: true,
      role: 'assistant',
    });
    expect((await call(downloadInvoice, { invoiceId: issued?.invoiceId }, assistant)).base64).toBe(
      download.base64,
    );
  });

  it('invoices a session booked with credits as VAT-exempt training, and cancels it with a credit note', async () => {
    await createBuyer('buyer-1');
    await testDb.doc('bookings/session_s1_buyer-1').set({
      uid: 'buyer-1',
      kind: 'session',
      sessionId: 's1',
      title: 'Excel : tableaux croisés',
      startsAt: Timestamp.fromDate(new Date('2026-12-01T08:00:00Z')),
      endsAt: Timestamp.fromDate(new Date('2026-12-01T11:00:00Z')),
      status: 'confirmed',
      payment: { method: 'credits', credits: 2 },
      attempt: 1,
      bookedBy: 'buyer-1',
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    });
    const issued = await invoiceBooking('session_s1_buyer-1');
    const invoice = (await testDb.doc(`invoices/${issued?.invoiceId}`).get()).data();
    expect(invoice?.lines).toEqual([
      expect.objectContaining({
        quantity: 2,
        vatRate: null,
        grossCents: 1800,
        vatNote: invoicing.mentions.trainingExemption,
      }),
    ]);
    expect(invoice?.mentions).toContain(invoicing.mentions.trainingExemption);

    const note = await cancelInvoice(issued?.invoiceId ?? '', 'Réservation annulée');
    const creditNote = (await testDb.doc(`invoices/${note?.invoiceId}`).get()).data();
    expect(creditNote).toMatchObject({
      kind: 'credit-note',
      totals: { grossCents: -1800 },
      corrects: { invoiceId: issued?.invoiceId, number: invoice?.number },
    });
    expect(creditNote?.number).toMatch(/^AV-\d{4}-000001$/);
    expect((await testDb.doc(`invoices/${issued?.invoiceId}`).get()).get('correctedBy')).toEqual({
      creditNoteId: note?.invoiceId,
      number: creditNote?.number,
    });
    // The printed fields of the original did not change.
    const after = (await testDb.doc(`invoices/${issued?.invoiceId}`).get()).data();
    expect({ ...after, correctedBy: undefined, correctedAt: undefined }).toEqual({
      ...invoice,
      correctedBy: undefined,
      correctedAt: undefined,
    });
  });

  it('corrects an invoice: credit note plus a replacing invoice for a business buyer, once, admin only', async () => {
    await issue({
      invoiceId: 'orig',
      uid: 'buyer-1',
      source: { type: 'order', id: 'o' },
      content,
      invoicing,
    });
    const company = {
      ...buyer,
      company: { name: 'Atelier Martin SARL', siren: '123456789', vatNumber: 'FR12123456789' },
    };
    const assistant = signedIn('assistant-1', {
      email: 'a@example.fr',
      email_verified: true,
      role: 'assistant',
    });
    expect(
      (
        await rejection(
          call(correctInvoice, { invoiceId: 'orig', reason: 'Raison sociale', buyer: company }, assistant),
        )
      ).details?.reason,
    ).toBe('forbidden');
    const admin = signedIn('admin-1', { email: 'admin@example.fr', email_verified: true, role: 'admin' });
    const result = await call(
      correctInvoice,
      { invoiceId: 'orig', reason: 'Raison sociale', buyer: company },
      admin,
    );
    expect(result).toEqual({ creditNoteId: 'creditnote_orig', invoiceId: 'correction_orig' });
    const replacement = (await testDb.doc('invoices/correction_orig').get()).data();
    expect(replacement?.buyer.company.name).toBe('Atelier Martin SARL');
    expect(replacement?.mentions).toEqual(
      expect.arrayContaining([invoicing.mentions.latePenalty, invoicing.mentions.recoveryIndemnity]),
    );
    expect(replacement?.corrects).toEqual({ invoiceId: 'orig', number: expect.stringMatching(/000001$/) });
    expect((await rejection(call(correctInvoice, { invoiceId: 'orig', reason: 'Encore' }, admin))).code).toBe(
      'failed-precondition',
    );
    expect(await numbers()).toEqual([1, 1, 2]);
  });
});

describe('subscription periods', () => {
  it('issues one invoice per paid period, out of the scope of VAT in multi-purpose mode', async () => {
    await createBuyer('buyer-1');
    await createOrder('o-sub', 'buyer-1', {
      productKind: 'subscription',
      credits: 10,
      amountCents: 7900,
      interval: 'month',
    });
    await testDb.doc('payments/pi_in_1').set({
      uid: 'buyer-1',
      orderId: 'o-sub',
      invoiceId: 'in_1',
      amountCents: 7900,
      credits: 10,
      grantEntryId: 'invoice_in_1',
      refundedCents: 0,
      disputedCents: 0,
      reversedCredits: 0,
      unrecoveredCredits: 0,
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    });
    const [first, again] = await Promise.all([
      invoiceSubscriptionPeriod('pi_in_1'),
      invoiceSubscriptionPeriod('pi_in_1'),
    ]);
    expect(first?.invoiceId).toBe('period_in_1');
    expect(again?.number).toBe(first?.number);
    const invoice = (await testDb.doc('invoices/period_in_1').get()).data();
    expect(invoice).toMatchObject({
      source: { type: 'subscription-period', id: 'in_1' },
      totals: { grossCents: 7900, vatCents: 0 },
    });
    expect(invoice?.lines[0].description).toMatch(
      /^Pack 5 crédits — période du \d{2}\/\d{2}\/\d{4} au \d{2}\/\d{2}\/\d{4}$/,
    );
    expect(invoice?.mentions).toContain(invoicing.mentions.voucherOutOfScope);
    expect(await numbers()).toEqual([1]);
  });
});
