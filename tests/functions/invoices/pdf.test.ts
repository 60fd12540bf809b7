// The invoice PDF (INV-4, issue 6 item 4), rendered without the emulators: the text a reader (or an
// accountant's tool) extracts holds the number, the seller's identifiers, the totals as printed and
// every mention composed for the document; the page is A4; the same invoice gives the same bytes,
// which is what lets a lost PDF be rebuilt and still match the SHA-256 kept on the invoice.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  composeCreditNote,
  composeInvoice,
  totalsOf,
  type BuyerSnapshot,
  type ComposeInput,
  type Sale,
} from '@agora/domain';
import { demoOrganization } from '../../../scripts/seed/demo-data.ts';
import {
  A4,
  formatDate,
  formatMoney,
  formatRate,
  renderInvoicePdf,
  type PrintableInvoice,
  type RenderInvoiceOptions,
} from '../../../functions/src/invoices/pdf.ts';

const settings = (voucherMode: 'multi-purpose' | 'single-purpose'): ComposeInput['settings'] => ({
  legalEntity: demoOrganization.legalEntity,
  vatRegime: demoOrganization.vatRegime,
  voucherMode,
  invoicing: demoOrganization.invoicing,
});

const consumer: BuyerSnapshot = {
  name: 'Léa Dubois',
  address: { line1: '3 rue Garibaldi', postalCode: '69003', city: 'Lyon', country: 'FR' },
  email: 'lea.dubois@agora.test',
};
const business: BuyerSnapshot = {
  name: 'Hélène Marchand',
  address: {
    line1: '40 quai Perrache',
    line2: 'Bâtiment B',
    postalCode: '69002',
    city: 'Lyon',
    country: 'FR',
  },
  email: 'compta@elan-conseil.test',
  company: { name: 'Élan Conseil SARL', siren: '912345678', vatNumber: 'FR45912345678' },
};

const paidAt = new Date('2026-11-20T10:00:00Z');
// 23:30 UTC on the 20th is already the 21st in Paris: the printed date must say 21/11/2026.
const issuedAt = new Date('2026-11-20T23:30:00Z');

const pack = (quantity: number, unitGrossCents = 4500): Sale => ({
  type: 'credit-pack',
  description: 'Pack 5 crédits',
  quantity,
  unitGrossCents,
  vatRate: 20,
  paidAt,
  paymentMethod: 'card',
});

const printable = (
  number: string,
  voucherMode: 'multi-purpose' | 'single-purpose',
  buyer: BuyerSnapshot,
  sale: Sale,
): PrintableInvoice => ({
  ...composeInvoice({ settings: settings(voucherMode), buyer, sale }),
  number,
  issuedAt,
});

/** One whitespace kind: the PDF keeps Intl's no-break spaces, and wrapped paragraphs break lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function render(invoice: PrintableInvoice, options?: RenderInvoiceOptions) {
  const bytes = await renderInvoicePdf(invoice, options);
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(bytes.slice());
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const sizes = await Promise.all(
    Array.from({ length: totalPages }, async (_, index) => (await pdf.getPage(index + 1)).view),
  );
  await pdf.loadingTask.destroy();
  return { bytes, pages: totalPages, sizes, text: flat(text) };
}

/** What every document must show, whatever its kind. */
function expectMandatory(text: string, invoice: PrintableInvoice, total: string) {
  const seller = demoOrganization.legalEntity;
  expect(text).toContain(`N° ${invoice.number}`);
  expect(text).toContain(`SIRET : ${seller.siret}`);
  expect(text).toContain(`N° TVA intracommunautaire : ${seller.vatNumber}`);
  expect(text).toContain('SAS au capital de 10 000,00 €');
  expect(text).toContain('18 rue de la Charité 69002 Lyon');
  expect(text).toContain(`N° de déclaration d’activité : ${seller.trainingDeclarationNumber}`);
  expect(text).toContain('Date d’émission : 21/11/2026');
  expect(text).toContain('Date de la vente / prestation : 20/11/2026');
  expect(text).toContain(`Facturé à ${invoice.buyer.name}`);
  expect(text).toContain(`Total TTC ${total}`);
  expect(text).toContain(invoice.payment.label);
  expect(text).toContain('Désignation Qté PU HT TVA Total HT Total TTC');
  expect(invoice.mentions.length).toBeGreaterThan(0);
  for (const mention of invoice.mentions) expect(text).toContain(flat(mention));
}

describe('formatting', () => {
  it('writes amounts exactly as Intl fr-FR does, without depending on it', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    for (const cents of [0, 5, 99, 100, 4500, -9000, 123_456, -123_456, 100_000_000, 123_456_789_01]) {
      expect(formatMoney(cents)).toBe(intl.format(cents / 100));
    }
    expect(formatMoney(123_456)).toBe('1\u202f234,56\u00a0€');
  });

  it('writes rates and Paris dates the French way', () => {
    expect(formatRate(20)).toBe('20\u00a0%');
    expect(formatRate(5.5)).toBe('5,5\u00a0%');
    expect(formatDate(new Date('2026-12-31T23:30:00Z'))).toBe('01/01/2027');
    expect(formatDate(new Date('2026-07-14T21:59:00Z'))).toBe('14/07/2026');
  });
});

describe('renderInvoicePdf', () => {
  it('prints a consumer credit pack (multi-purpose voucher: out of the scope of VAT)', async () => {
    const invoice = printable('F-2026-000123', 'multi-purpose', consumer, pack(1));
    const { text, pages, sizes, bytes } = await render(invoice);
    expect(pages).toBe(1);
    expect(sizes).toEqual([[0, 0, A4.width, A4.height]]);
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    expect(text).toContain('FACTURE');
    expectMandatory(text, invoice, '45,00 €');
    // The VAT wording sits under the description, before the amounts of the line.
    const outOfScope = flat(demoOrganization.invoicing.mentions.voucherOutOfScope);
    expect(text).toContain(`Pack 5 crédits ${outOfScope} 1 45,00 € — 45,00 € 45,00 €`);
    expect(text).toContain('Sans TVA sur 45,00 € 0,00 €');
    expect(text).toContain('Total HT 45,00 € TVA 0,00 €');
    expect(text).toContain('Payée le 20/11/2026 par carte bancaire');
    expect(text).toContain('Page 1/1');
    // A consumer gets neither the B2B penalty mentions nor a company block.
    expect(text).not.toContain('Pénalités de retard');
    expect(text).not.toContain('SIREN');
  });

  it('prints a business buyer (single-purpose voucher: VAT at the sale) with the B2B mentions', async () => {
    const invoice = printable('F-2026-000124', 'single-purpose', business, pack(2));
    const { text } = await render(invoice);
    expectMandatory(text, invoice, '90,00 €');
    expect(text).toContain('Élan Conseil SARL SIREN : 912345678 N° TVA intracommunautaire : FR45912345678');
    expect(text).toContain('40 quai Perrache Bâtiment B 69002 Lyon');
    expect(text).toContain('Pack 5 crédits 2 37,50 € 20 % 75,00 € 90,00 €');
    expect(text).toContain('TVA 20 % sur 75,00 € 15,00 €');
    expect(text).toContain('Total HT 75,00 € TVA 15,00 € Total TTC 90,00 €');
    expect(text).toContain('Pénalités de retard');
    expect(text).toContain('Indemnité forfaitaire pour frais de recouvrement');
    expect(text).toContain('40 €');
  });

  it('prints a VAT-exempt training booking paid in credits, the exemption under the line', async () => {
    const invoice = printable('F-2026-000125', 'multi-purpose', consumer, {
      type: 'session-booking',
      description: 'Atelier « Prise de parole en public »',
      credits: 2,
      sessionDate: paidAt,
      bookedAt: new Date('2026-11-02T08:00:00Z'),
    });
    const { text } = await render(invoice);
    expectMandatory(text, invoice, '18,00 €');
    const exemption = flat(demoOrganization.invoicing.mentions.trainingExemption);
    expect(text).toContain(
      `Atelier « Prise de parole en public » — séance du 20/11/2026 (2 crédits) ${exemption} 2 9,00 € — 18,00 € 18,00 €`,
    );
    // Once under the line, once in the mentions.
    expect(text.split(exemption).length - 1).toBe(2);
    expect(text).toContain('Réglée le 02/11/2026 en crédits prépayés (2 crédits)');
  });

  it('prints a credit note with negative amounts and the invoice it cancels', async () => {
    const original = printable('F-2026-000124', 'single-purpose', business, pack(2));
    const creditNote: PrintableInvoice = {
      ...composeCreditNote(original, { invoiceId: 'order_1', number: original.number }, 'Erreur de quantité'),
      number: 'AV-2026-000001',
      issuedAt,
    };
    const { text } = await render(creditNote);
    expect(text).toContain('AVOIR N° AV-2026-000001');
    expect(text).toContain('Avoir sur la facture n° F-2026-000124');
    expectMandatory(text, creditNote, '-90,00 €');
    expect(text).toContain('Annulation : Pack 5 crédits 2 -37,50 € 20 % -75,00 € -90,00 €');
    expect(text).toContain('TVA 20 % sur -75,00 € -15,00 €');
    expect(text).toContain('Avoir annulant la facture n° F-2026-000124. Motif : Erreur de quantité');
  });

  it('prints a correcting invoice with the invoice it replaces', async () => {
    const invoice: PrintableInvoice = {
      ...printable('F-2026-000126', 'single-purpose', business, pack(2)),
      corrects: { invoiceId: 'order_1', number: 'F-2026-000124' },
    };
    const { text } = await render(invoice);
    expect(text).toContain('Remplace la facture n° F-2026-000124');
  });

  it('continues a 40-line invoice on a second page, repeating the table header', async () => {
    const base = printable('F-2026-000127', 'single-purpose', business, pack(1, 1200));
    const [first] = base.lines;
    if (!first) throw new Error('no line composed');
    const lines = Array.from({ length: 40 }, (_, index) => ({
      ...first,
      description: `Atelier n° ${index + 1} — gestion de projet, après-midi`,
    }));
    const invoice: PrintableInvoice = { ...base, lines, totals: totalsOf(lines) };
    const { text, pages, sizes } = await render(invoice);
    expect(pages).toBe(2);
    expect(sizes).toEqual([
      [0, 0, A4.width, A4.height],
      [0, 0, A4.width, A4.height],
    ]);
    for (let index = 1; index <= 40; index += 1) expect(text).toContain(`Atelier n° ${index} —`);
    expect(text.split('Désignation Qté PU HT TVA Total HT Total TTC').length - 1).toBe(2);
    expect(text).toContain('FACTURE N° F-2026-000127 (suite)');
    expect(text).toContain('Page 1/2');
    expect(text).toContain('Page 2/2');
    expectMandatory(text, invoice, '480,00 €');
    expect(text).toContain('TVA 20 % sur 400,00 € 80,00 €');
  });

  it('renders the same invoice to the same bytes', async () => {
    const invoice = printable('F-2026-000128', 'single-purpose', business, pack(3));
    const digest = async () =>
      createHash('sha256')
        .update(await renderInvoicePdf(structuredClone(invoice)))
        .digest('hex');
    const [a, b] = await Promise.all([digest(), digest()]);
    expect(a).toBe(b);
    expect(await digest()).toBe(a);
    // ...and a different invoice to different bytes.
    expect(await renderInvoicePdf({ ...invoice, number: 'F-2026-000129' })).not.toEqual(
      await renderInvoicePdf(invoice),
    );
  });

  it('sets the document metadata from the invoice, not from the clock', async () => {
    const invoice = printable('F-2026-000130', 'multi-purpose', consumer, pack(1));
    const pdf = await getDocumentProxy(await renderInvoicePdf(invoice));
    const { info } = await pdf.getMetadata();
    await pdf.loadingTask.destroy();
    expect(info).toMatchObject({
      Title: 'F-2026-000130',
      Author: 'Les Ateliers Agora',
      Producer: 'Agora',
      CreationDate: 'D:20261120233000Z',
      ModDate: 'D:20261120233000Z',
    });
  });

  it('draws a PNG logo and refuses other image formats', async () => {
    const invoice = printable('F-2026-000131', 'multi-purpose', consumer, pack(1));
    // A 1×1 blue PNG.
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC',
        'base64',
      ),
    );
    const withLogo = await renderInvoicePdf(invoice, { logo: png });
    const raw = new TextDecoder('latin1').decode(withLogo);
    expect(raw).toContain('/Subtype /Image');
    expect((await render(invoice, { logo: png })).text).toContain('N° F-2026-000131');
    await expect(renderInvoicePdf(invoice, { logo: new Uint8Array([1, 2, 3, 4]) })).rejects.toThrow(
      /PNG or JPEG/,
    );
  });

  it('prints names outside the font without failing', async () => {
    const invoice = printable(
      'F-2026-000132',
      'multi-purpose',
      { ...consumer, name: 'Zoé 🙂 Lefèvre' },
      pack(1),
    );
    const { text } = await render(invoice);
    expect(text).toContain('Facturé à Zoé ? Lefèvre');
  });
});
