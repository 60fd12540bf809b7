// Golden tests of invoice content (INV-1, INV-2; issue 6 "Done when"): every mandatory mention for a
// consumer credit-pack purchase in each voucher mode, a business buyer, a VAT-exempt training booking
// paid in credits and a franchise-regime seller; VAT model in docs/architecture.md "VAT and credits".
import { describe, expect, it } from 'vitest';
import { invoiceContentSchema, type InvoiceContent, type InvoiceLine } from '../schemas/invoices.ts';
import { invoicingSettingsSchema, organizationSettingsSchema } from '../schemas/settings.ts';
import { composeCreditNote, composeInvoice, sellerSnapshot, totalsOf, type ComposeInput } from './compose.ts';
import {
  businessBuyer,
  consumerBuyer,
  creditPackSale,
  fixtureInvoicing,
  fixtureMentions as M,
  franchiseLegalEntity,
  franchiseMultiPurposeSettings,
  invoiceScenarios,
  multiPurposeSettings,
  sessionBookingSale,
  singlePurposeSettings,
  standardLegalEntity,
  subscriptionPeriodSale,
} from './fixtures.ts';

/** The training declaration wording with the demo organisation's number substituted. */
const DECLARATION =
  'Déclaration d’activité enregistrée sous le numéro 84691234569 auprès du préfet de région Auvergne-Rhône-Alpes. Cet enregistrement ne vaut pas agrément de l’État.';
const FRANCHISE_DECLARATION =
  'Déclaration d’activité enregistrée sous le numéro 84380123438 auprès du préfet de région Auvergne-Rhône-Alpes. Cet enregistrement ne vaut pas agrément de l’État.';

const STANDARD_SELLER = {
  name: 'Les Ateliers Agora',
  legalForm: 'SAS',
  shareCapitalCents: 1_000_000,
  address: { line1: '18 rue de la Charité', postalCode: '69002', city: 'Lyon', country: 'FR' },
  siret: '84412345600017',
  vatNumber: 'FR32844123456',
  trainingDeclarationNumber: '84691234569',
  email: 'contact@agora.test',
  phone: '+33478000000',
};

const FRANCHISE_SELLER = {
  name: 'Claire Dubois Formation',
  legalForm: 'Entrepreneur individuel',
  address: {
    line1: '12 rue des Tanneurs',
    line2: 'Bâtiment B',
    postalCode: '38000',
    city: 'Grenoble',
    country: 'FR',
  },
  siret: '91234567800015',
  trainingDeclarationNumber: '84380123438',
  email: 'claire@dubois-formation.test',
};

const PACK_PAID_AT = new Date('2026-03-14T10:30:00Z');
const PACK_PAYMENT = { label: 'Payée le 14/03/2026 par carte bancaire', paidAt: PACK_PAID_AT };
const SESSION_DATE = new Date('2026-04-02T07:00:00Z');
const SESSION_LINE = 'Atelier prise de parole en public — séance du 02/04/2026 (2 crédits)';
const BOOKING_PAYMENT = {
  label: 'Réglée le 20/03/2026 en crédits prépayés (2 crédits)',
  paidAt: new Date('2026-03-20T18:00:00Z'),
};

/** Keys a line or a document must not carry at all (toEqual ignores properties set to undefined). */
function expectNoKey(value: object, ...keys: string[]) {
  for (const key of keys) expect(Object.keys(value)).not.toContain(key);
}

/**
 * Every mention INV-2 requires, checked on any composed document: seller identity (SIRET, VAT
 * number or the franchise mention, training declaration wording), buyer, each line's VAT rate or
 * the wording that explains its absence, consistent totals, payment date, and the B2B mentions
 * exactly when the buyer is a business.
 */
function expectMandatoryMentions(input: ComposeInput, content: InvoiceContent) {
  const { legalEntity, vatRegime, invoicing } = input.settings;
  // Seller.
  expect(content.seller.name).toBe(legalEntity.name);
  expect(content.seller.legalForm).toBe(legalEntity.legalForm);
  expect(content.seller.address.line1).toBe(legalEntity.address.line1);
  expect(content.seller.address.postalCode).toBe(legalEntity.address.postalCode);
  expect(content.seller.address.city).toBe(legalEntity.address.city);
  expect(content.seller.siret).toMatch(/^\d{14}$/);
  expect(content.seller.siret).toBe(legalEntity.siret);
  if (vatRegime === 'standard') {
    expect(content.seller.vatNumber).toBe(legalEntity.vatNumber);
    expect(content.mentions).not.toContain(invoicing.mentions.franchise);
  } else {
    expectNoKey(content.seller, 'vatNumber');
    expect(content.mentions).toContain(invoicing.mentions.franchise);
  }
  const declarations = content.mentions.filter((mention) => mention.startsWith('Déclaration d’activité'));
  if (legalEntity.trainingDeclarationNumber) {
    expect(declarations).toEqual([
      invoicing.mentions.trainingDeclaration.replace('{number}', legalEntity.trainingDeclarationNumber),
    ]);
    expect(declarations[0]).toContain(legalEntity.trainingDeclarationNumber);
  } else {
    expect(declarations).toEqual([]);
  }
  expect(content.mentions.some((mention) => mention.includes('{number}'))).toBe(false);
  // Buyer.
  expect(content.buyer).toEqual(input.buyer);
  // Lines: unit price excl. VAT, and a VAT rate or the wording saying why there is none.
  expect(content.lines.length).toBeGreaterThan(0);
  for (const item of content.lines) {
    expect(item.description.length).toBeGreaterThan(0);
    expect(Number.isInteger(item.unitNetCents)).toBe(true);
    expect(item.netCents + item.vatCents).toBe(item.grossCents);
    if (item.vatRate === null) {
      expect(item.vatCents).toBe(0);
      expect(item.vatNote).toBeDefined();
      expect(content.mentions).toContain(item.vatNote);
    } else {
      expect(item.vatRate).toBeGreaterThan(0);
    }
  }
  // Totals excl. VAT / VAT / incl. VAT, and per rate.
  const sum = (pick: (item: InvoiceLine) => number) =>
    content.lines.reduce((total, item) => total + pick(item), 0);
  expect(content.totals.netCents).toBe(sum((item) => item.netCents));
  expect(content.totals.vatCents).toBe(sum((item) => item.vatCents));
  expect(content.totals.grossCents).toBe(sum((item) => item.grossCents));
  expect(content.totals.netCents + content.totals.vatCents).toBe(content.totals.grossCents);
  expect(content.totals.byRate.reduce((total, row) => total + row.netCents, 0)).toBe(content.totals.netCents);
  expect(content.totals.byRate.reduce((total, row) => total + row.vatCents, 0)).toBe(content.totals.vatCents);
  // Payment date and terms.
  expect(content.payment.label).toMatch(/^(Payée|Réglée) le \d{2}\/\d{2}\/\d{4} /);
  expect(content.payment.paidAt).toBeInstanceOf(Date);
  expect(content.saleDate).toBeInstanceOf(Date);
  // Business buyers only: late-payment penalties and the 40 € recovery indemnity.
  const b2b = [invoicing.mentions.latePenalty, invoicing.mentions.recoveryIndemnity];
  if (input.buyer.company) {
    expect(content.mentions.slice(-2)).toEqual(b2b);
    expect(content.mentions.some((mention) => mention.includes('40 €'))).toBe(true);
  } else {
    for (const mention of b2b) expect(content.mentions).not.toContain(mention);
  }
  expect(new Set(content.mentions).size).toBe(content.mentions.length);
  expect(content.currency).toBe('eur');
  expect(invoiceContentSchema.parse(content)).toEqual(content);
}

describe('fixtures', () => {
  it('are valid organisation settings', () => {
    expect(invoicingSettingsSchema.parse(fixtureInvoicing)).toEqual(fixtureInvoicing);
    const legalEntitySchema = organizationSettingsSchema.shape.legalEntity;
    expect(legalEntitySchema.parse(standardLegalEntity)).toEqual(standardLegalEntity);
    expect(legalEntitySchema.parse(franchiseLegalEntity)).toEqual(franchiseLegalEntity);
  });
});

describe('composeInvoice: every mandatory mention (INV-2)', () => {
  it.each(Object.entries(invoiceScenarios))('%s', (_name, input) => {
    expectMandatoryMentions(input, composeInvoice(input));
  });

  it('is deterministic and leaves its input untouched', () => {
    for (const input of Object.values(invoiceScenarios)) {
      // The domain has no DOM or Node types (no structuredClone): JSON keeps dates as ISO strings.
      const before = JSON.stringify(input);
      expect(composeInvoice(input)).toEqual(composeInvoice(input));
      expect(JSON.stringify(input)).toBe(before);
    }
  });
});

describe('consumer credit-pack purchase, multi-purpose credits', () => {
  const content = composeInvoice(invoiceScenarios.consumerPackMultiPurpose);

  it('is a VAT-free invoice saying the sale of vouchers is out of scope', () => {
    expect(content).toEqual({
      kind: 'invoice',
      seller: STANDARD_SELLER,
      buyer: consumerBuyer,
      lines: [
        {
          description: 'Pack 5 crédits',
          quantity: 1,
          unitNetCents: 4500,
          vatRate: null,
          vatNote: M.voucherOutOfScope,
          netCents: 4500,
          vatCents: 0,
          grossCents: 4500,
        },
      ],
      totals: {
        netCents: 4500,
        vatCents: 0,
        grossCents: 4500,
        byRate: [{ rate: null, netCents: 4500, vatCents: 0 }],
      },
      mentions: [M.voucherOutOfScope, DECLARATION],
      saleDate: PACK_PAID_AT,
      payment: PACK_PAYMENT,
      currency: 'eur',
    });
    expectNoKey(content, 'corrects');
  });

  it('has no B2B mention for a consumer', () => {
    expect(content.mentions).not.toContain(M.latePenalty);
    expect(content.mentions).not.toContain(M.recoveryIndemnity);
  });

  it('multiplies by the quantity of packs', () => {
    const two = composeInvoice({
      ...invoiceScenarios.consumerPackMultiPurpose,
      sale: { ...creditPackSale, quantity: 2 },
    });
    expect(two.lines).toEqual([
      {
        description: 'Pack 5 crédits',
        quantity: 2,
        unitNetCents: 4500,
        vatRate: null,
        vatNote: M.voucherOutOfScope,
        netCents: 9000,
        vatCents: 0,
        grossCents: 9000,
      },
    ]);
    expect(two.totals).toEqual({
      netCents: 9000,
      vatCents: 0,
      grossCents: 9000,
      byRate: [{ rate: null, netCents: 9000, vatCents: 0 }],
    });
  });
});

describe('consumer credit-pack purchase, single-purpose credits', () => {
  const content = composeInvoice(invoiceScenarios.consumerPackSinglePurpose);

  it('invoices 20 % VAT on the pack: 37,50 € + 7,50 € = 45,00 €', () => {
    expect(content).toEqual({
      kind: 'invoice',
      seller: STANDARD_SELLER,
      buyer: consumerBuyer,
      lines: [
        {
          description: 'Pack 5 crédits',
          quantity: 1,
          unitNetCents: 3750,
          vatRate: 20,
          netCents: 3750,
          vatCents: 750,
          grossCents: 4500,
        },
      ],
      totals: {
        netCents: 3750,
        vatCents: 750,
        grossCents: 4500,
        byRate: [{ rate: 20, netCents: 3750, vatCents: 750 }],
      },
      mentions: [DECLARATION],
      saleDate: PACK_PAID_AT,
      payment: PACK_PAYMENT,
      currency: 'eur',
    });
    expectNoKey(content.lines[0] ?? {}, 'vatNote');
  });

  it('says nothing about vouchers out of scope, and has no B2B mention', () => {
    expect(content.mentions).not.toContain(M.voucherOutOfScope);
    expect(content.mentions).not.toContain(M.latePenalty);
    expect(content.mentions).not.toContain(M.recoveryIndemnity);
  });

  it('multiplies by the quantity of packs', () => {
    const two = composeInvoice({
      ...invoiceScenarios.consumerPackSinglePurpose,
      sale: { ...creditPackSale, quantity: 2 },
    });
    expect(two.lines).toEqual([
      {
        description: 'Pack 5 crédits',
        quantity: 2,
        unitNetCents: 3750,
        vatRate: 20,
        netCents: 7500,
        vatCents: 1500,
        grossCents: 9000,
      },
    ]);
  });

  it('takes the rate of the sale (a pack sold at 5,5 %)', () => {
    const reduced = composeInvoice({
      ...invoiceScenarios.consumerPackSinglePurpose,
      sale: { ...creditPackSale, unitGrossCents: 1000, vatRate: 5.5 },
    });
    // 1000 / 1.055 = 947.867… → 948.
    expect(reduced.lines[0]).toMatchObject({ unitNetCents: 948, vatRate: 5.5, netCents: 948, vatCents: 52 });
    expect(reduced.totals.byRate).toEqual([{ rate: 5.5, netCents: 948, vatCents: 52 }]);
  });
});

describe('business buyer', () => {
  it('adds the late-payment penalty and the 40 € recovery indemnity (multi-purpose)', () => {
    const content = composeInvoice(invoiceScenarios.businessPackMultiPurpose);
    expect(content.buyer).toEqual({
      name: 'Julien Moreau',
      address: {
        line1: '40 cours Lafayette',
        line2: '3e étage',
        postalCode: '69003',
        city: 'Lyon',
        country: 'FR',
      },
      email: 'julien.moreau@studio-lumen.test',
      company: { name: 'Studio Lumen SARL', siren: '512345678', vatNumber: 'FR45512345678' },
    });
    expect(content.mentions).toEqual([M.voucherOutOfScope, DECLARATION, M.latePenalty, M.recoveryIndemnity]);
    expect(M.recoveryIndemnity).toContain('40 €');
    // The amounts do not depend on who buys.
    const consumer = composeInvoice(invoiceScenarios.consumerPackMultiPurpose);
    expect(content.lines).toEqual(consumer.lines);
    expect(content.totals).toEqual(consumer.totals);
  });

  it('adds them with VAT too (single-purpose)', () => {
    const content = composeInvoice(invoiceScenarios.businessPackSinglePurpose);
    expect(content.mentions).toEqual([DECLARATION, M.latePenalty, M.recoveryIndemnity]);
    expect(content.totals).toEqual({
      netCents: 3750,
      vatCents: 750,
      grossCents: 4500,
      byRate: [{ rate: 20, netCents: 3750, vatCents: 750 }],
    });
  });

  it('adds them on a booking paid in credits', () => {
    const content = composeInvoice({ ...invoiceScenarios.exemptTrainingBooking, buyer: businessBuyer });
    expect(content.mentions).toEqual([M.trainingExemption, DECLARATION, M.latePenalty, M.recoveryIndemnity]);
  });

  it('a company without SIREN or VAT number is still a business buyer', () => {
    const content = composeInvoice({
      ...invoiceScenarios.consumerPackSinglePurpose,
      buyer: { ...consumerBuyer, company: { name: 'Association Les Voisins' } },
    });
    expect(content.mentions).toEqual([DECLARATION, M.latePenalty, M.recoveryIndemnity]);
  });
});

describe('VAT-exempt training booking paid in credits', () => {
  it('multi-purpose: invoices credits × credit value, exempt, paid in credits', () => {
    const content = composeInvoice(invoiceScenarios.exemptTrainingBooking);
    expect(content).toEqual({
      kind: 'invoice',
      seller: STANDARD_SELLER,
      buyer: consumerBuyer,
      lines: [
        {
          description: SESSION_LINE,
          quantity: 2,
          unitNetCents: 900,
          vatRate: null,
          vatNote: M.trainingExemption,
          netCents: 1800,
          vatCents: 0,
          grossCents: 1800,
        },
      ],
      totals: {
        netCents: 1800,
        vatCents: 0,
        grossCents: 1800,
        byRate: [{ rate: null, netCents: 1800, vatCents: 0 }],
      },
      mentions: [M.trainingExemption, DECLARATION],
      saleDate: SESSION_DATE,
      payment: BOOKING_PAYMENT,
      currency: 'eur',
    });
  });

  it('takes the credit value from settings', () => {
    const content = composeInvoice({
      ...invoiceScenarios.exemptTrainingBooking,
      settings: { ...multiPurposeSettings, invoicing: { ...fixtureInvoicing, creditValueCents: 1250 } },
      sale: { ...sessionBookingSale, credits: 3 },
    });
    expect(content.lines[0]).toMatchObject({
      quantity: 3,
      unitNetCents: 1250,
      netCents: 3750,
      grossCents: 3750,
    });
    expect(content.totals.grossCents).toBe(3750);
  });

  it('says "crédit" in the singular for one credit', () => {
    const content = composeInvoice({
      ...invoiceScenarios.exemptTrainingBooking,
      sale: { ...sessionBookingSale, credits: 1 },
    });
    expect(content.lines[0]?.description).toBe(
      'Atelier prise de parole en public — séance du 02/04/2026 (1 crédit)',
    );
    expect(content.payment.label).toBe('Réglée le 20/03/2026 en crédits prépayés (1 crédit)');
    expect(content.totals.grossCents).toBe(900);
  });

  it('prints the session date in Paris time, summer time included', () => {
    const late = composeInvoice({
      ...invoiceScenarios.exemptTrainingBooking,
      sale: { ...sessionBookingSale, sessionDate: new Date('2026-07-14T22:30:00Z') },
    });
    expect(late.lines[0]?.description).toBe(
      'Atelier prise de parole en public — séance du 15/07/2026 (2 crédits)',
    );
    const evening = composeInvoice({
      ...invoiceScenarios.exemptTrainingBooking,
      sale: { ...sessionBookingSale, sessionDate: new Date('2026-07-14T21:30:00Z') },
    });
    expect(evening.lines[0]?.description).toBe(
      'Atelier prise de parole en public — séance du 14/07/2026 (2 crédits)',
    );
  });

  it('multi-purpose, sessions not exempt: invoices the session VAT rate', () => {
    const content = composeInvoice(invoiceScenarios.taxedSessionBooking);
    expect(content.lines).toEqual([
      {
        description: SESSION_LINE,
        quantity: 2,
        unitNetCents: 750,
        vatRate: 20,
        netCents: 1500,
        vatCents: 300,
        grossCents: 1800,
      },
    ]);
    expect(content.totals).toEqual({
      netCents: 1500,
      vatCents: 300,
      grossCents: 1800,
      byRate: [{ rate: 20, netCents: 1500, vatCents: 300 }],
    });
    expect(content.mentions).toEqual([DECLARATION]);
    expect(content.payment).toEqual(BOOKING_PAYMENT);
  });

  it('single-purpose: a zero-amount statement, the VAT was paid with the credits', () => {
    const content = composeInvoice(invoiceScenarios.bookingStatementSinglePurpose);
    expect(content).toEqual({
      kind: 'statement',
      seller: STANDARD_SELLER,
      buyer: consumerBuyer,
      lines: [
        {
          description: SESSION_LINE,
          quantity: 1,
          unitNetCents: 0,
          vatRate: null,
          vatNote: M.voucherAlreadyTaxed,
          netCents: 0,
          vatCents: 0,
          grossCents: 0,
        },
      ],
      totals: { netCents: 0, vatCents: 0, grossCents: 0, byRate: [{ rate: null, netCents: 0, vatCents: 0 }] },
      mentions: [M.voucherAlreadyTaxed, DECLARATION],
      saleDate: SESSION_DATE,
      payment: BOOKING_PAYMENT,
      currency: 'eur',
    });
    expect(content.mentions).not.toContain(M.trainingExemption);
  });
});

describe('franchise-regime seller', () => {
  it('single-purpose credit pack: no VAT, the franchise mention, no VAT number', () => {
    const content = composeInvoice(invoiceScenarios.franchisePackSinglePurpose);
    expect(content).toEqual({
      kind: 'invoice',
      seller: FRANCHISE_SELLER,
      buyer: consumerBuyer,
      lines: [
        {
          description: 'Pack 5 crédits',
          quantity: 1,
          unitNetCents: 4500,
          vatRate: null,
          vatNote: M.franchise,
          netCents: 4500,
          vatCents: 0,
          grossCents: 4500,
        },
      ],
      totals: {
        netCents: 4500,
        vatCents: 0,
        grossCents: 4500,
        byRate: [{ rate: null, netCents: 4500, vatCents: 0 }],
      },
      mentions: [M.franchise, FRANCHISE_DECLARATION],
      saleDate: PACK_PAID_AT,
      payment: PACK_PAYMENT,
      currency: 'eur',
    });
    expectNoKey(content.seller, 'vatNumber', 'shareCapitalCents', 'phone');
  });

  it('session booking not exempt (multi-purpose): no VAT, the franchise mention', () => {
    const content = composeInvoice(invoiceScenarios.franchiseSessionBooking);
    expect(content.kind).toBe('invoice');
    expect(content.seller).toEqual(FRANCHISE_SELLER);
    expect(content.lines).toEqual([
      {
        description: SESSION_LINE,
        quantity: 2,
        unitNetCents: 900,
        vatRate: null,
        vatNote: M.franchise,
        netCents: 1800,
        vatCents: 0,
        grossCents: 1800,
      },
    ]);
    expect(content.totals).toEqual({
      netCents: 1800,
      vatCents: 0,
      grossCents: 1800,
      byRate: [{ rate: null, netCents: 1800, vatCents: 0 }],
    });
    expect(content.mentions).toEqual([M.franchise, FRANCHISE_DECLARATION]);
  });

  it('the franchise wins over the training exemption', () => {
    const content = composeInvoice({
      ...invoiceScenarios.franchiseSessionBooking,
      settings: {
        ...franchiseMultiPurposeSettings,
        invoicing: { ...fixtureInvoicing, trainingVatExempt: true },
      },
    });
    expect(content.lines[0]).toMatchObject({
      vatRate: null,
      vatNote: M.franchise,
      vatCents: 0,
      grossCents: 1800,
    });
    expect(content.mentions).toEqual([M.franchise, FRANCHISE_DECLARATION]);
  });

  it('multi-purpose credit pack: out of scope of VAT', () => {
    const content = composeInvoice({ ...invoiceScenarios.franchiseSessionBooking, sale: creditPackSale });
    expect(content.lines[0]).toMatchObject({ vatRate: null, vatNote: M.voucherOutOfScope, grossCents: 4500 });
    expect(content.mentions).toEqual([M.voucherOutOfScope, FRANCHISE_DECLARATION]);
  });

  it('single-purpose booking: a statement with the franchise mention, never "VAT paid with the credits"', () => {
    const content = composeInvoice({
      ...invoiceScenarios.franchisePackSinglePurpose,
      sale: sessionBookingSale,
    });
    expect(content.kind).toBe('statement');
    expect(content.lines).toEqual([
      {
        description: SESSION_LINE,
        quantity: 1,
        unitNetCents: 0,
        vatRate: null,
        vatNote: M.franchise,
        netCents: 0,
        vatCents: 0,
        grossCents: 0,
      },
    ]);
    expect(content.mentions).toEqual([M.franchise, FRANCHISE_DECLARATION]);
    expect(content.mentions).not.toContain(M.voucherAlreadyTaxed);
  });

  it('a business buyer of a franchise seller gets the B2B mentions', () => {
    const content = composeInvoice({ ...invoiceScenarios.franchisePackSinglePurpose, buyer: businessBuyer });
    expect(content.mentions).toEqual([
      M.franchise,
      FRANCHISE_DECLARATION,
      M.latePenalty,
      M.recoveryIndemnity,
    ]);
  });
});

describe('subscription period', () => {
  it('single-purpose: carries the period dates in Paris time and 20 % VAT', () => {
    const content = composeInvoice(invoiceScenarios.subscriptionPeriodSinglePurpose);
    // 7900 / 1.2 = 6583.333… → 6583; VAT 1317.
    expect(content.lines).toEqual([
      {
        description: 'Abonnement 10 crédits par mois — période du 01/02/2026 au 01/03/2026',
        quantity: 1,
        unitNetCents: 6583,
        vatRate: 20,
        netCents: 6583,
        vatCents: 1317,
        grossCents: 7900,
      },
    ]);
    expect(content.totals).toEqual({
      netCents: 6583,
      vatCents: 1317,
      grossCents: 7900,
      byRate: [{ rate: 20, netCents: 6583, vatCents: 1317 }],
    });
    expect(content.saleDate).toEqual(subscriptionPeriodSale.paidAt);
    expect(content.payment).toEqual({
      label: 'Payée le 01/02/2026 par prélèvement SEPA',
      paidAt: subscriptionPeriodSale.paidAt,
    });
    expect(content.mentions).toEqual([DECLARATION]);
  });

  it('multi-purpose: the credits it grants are vouchers, out of scope', () => {
    const content = composeInvoice({
      ...invoiceScenarios.subscriptionPeriodSinglePurpose,
      settings: multiPurposeSettings,
    });
    expect(content.lines).toEqual([
      {
        description: 'Abonnement 10 crédits par mois — période du 01/02/2026 au 01/03/2026',
        quantity: 1,
        unitNetCents: 7900,
        vatRate: null,
        vatNote: M.voucherOutOfScope,
        netCents: 7900,
        vatCents: 0,
        grossCents: 7900,
      },
    ]);
    expect(content.mentions).toEqual([M.voucherOutOfScope, DECLARATION]);
  });
});

describe('payment method labels', () => {
  it.each([
    ['card', 'Payée le 14/03/2026 par carte bancaire'],
    ['paypal', 'Payée le 14/03/2026 par PayPal'],
    ['sepa_debit', 'Payée le 14/03/2026 par prélèvement SEPA'],
    ['link', 'Payée le 14/03/2026 par link'],
  ])('%s → %s', (paymentMethod, label) => {
    const content = composeInvoice({
      ...invoiceScenarios.consumerPackMultiPurpose,
      sale: { ...creditPackSale, paymentMethod },
    });
    expect(content.payment).toEqual({ label, paidAt: PACK_PAID_AT });
  });
});

describe('sellerSnapshot', () => {
  it('copies name, legal form, share capital, address, SIRET, VAT and training numbers, contact', () => {
    expect(sellerSnapshot(standardLegalEntity)).toEqual(STANDARD_SELLER);
  });

  it('leaves out what the seller does not have', () => {
    const snapshot = sellerSnapshot(franchiseLegalEntity);
    expect(snapshot).toEqual(FRANCHISE_SELLER);
    expectNoKey(snapshot, 'vatNumber', 'shareCapitalCents', 'phone');
  });

  it('treats blank optional fields as absent and keeps a zero share capital', () => {
    const snapshot = sellerSnapshot({
      ...standardLegalEntity,
      shareCapitalCents: 0,
      vatNumber: '',
      trainingDeclarationNumber: '',
      phone: '',
      address: { ...standardLegalEntity.address, line2: '' },
    });
    expect(snapshot.shareCapitalCents).toBe(0);
    expectNoKey(snapshot, 'vatNumber', 'trainingDeclarationNumber', 'phone');
    expectNoKey(snapshot.address, 'line2');
  });

  it('is a copy: later changes to the settings do not reach an issued document', () => {
    const legalEntity = { ...standardLegalEntity, address: { ...standardLegalEntity.address } };
    const content = composeInvoice({
      ...invoiceScenarios.consumerPackMultiPurpose,
      settings: { ...multiPurposeSettings, legalEntity },
    });
    legalEntity.name = 'Renamed';
    legalEntity.address.city = 'Paris';
    expect(content.seller).toEqual(STANDARD_SELLER);
  });

  it('without a training declaration number, prints no declaration', () => {
    const { trainingDeclarationNumber: _unused, ...withoutNumber } = standardLegalEntity;
    const content = composeInvoice({
      ...invoiceScenarios.consumerPackSinglePurpose,
      settings: { ...singlePurposeSettings, legalEntity: withoutNumber },
    });
    expect(content.mentions).toEqual([]);
    expectNoKey(content.seller, 'trainingDeclarationNumber');
  });
});

describe('totalsOf', () => {
  const line = (vatRate: number | null, netCents: number, vatCents: number): InvoiceLine => ({
    description: `line at ${vatRate ?? 'none'}`,
    quantity: 1,
    unitNetCents: netCents,
    vatRate,
    netCents,
    vatCents,
    grossCents: netCents + vatCents,
  });

  it('groups by rate, highest first, lines without VAT last', () => {
    expect(
      totalsOf([
        line(5.5, 948, 52),
        line(20, 3750, 750),
        line(null, 900, 0),
        line(20, 1500, 300),
        line(0, 100, 0),
      ]),
    ).toEqual({
      netCents: 7198,
      vatCents: 1102,
      grossCents: 8300,
      byRate: [
        { rate: 20, netCents: 5250, vatCents: 1050 },
        { rate: 5.5, netCents: 948, vatCents: 52 },
        { rate: 0, netCents: 100, vatCents: 0 },
        { rate: null, netCents: 900, vatCents: 0 },
      ],
    });
  });

  it('adds two rates of composed lines', () => {
    const pack = composeInvoice(invoiceScenarios.consumerPackSinglePurpose).lines;
    const reduced = composeInvoice({
      ...invoiceScenarios.consumerPackSinglePurpose,
      sale: { ...creditPackSale, unitGrossCents: 1000, vatRate: 5.5 },
    }).lines;
    expect(totalsOf([...reduced, ...pack])).toEqual({
      netCents: 4698,
      vatCents: 802,
      grossCents: 5500,
      byRate: [
        { rate: 20, netCents: 3750, vatCents: 750 },
        { rate: 5.5, netCents: 948, vatCents: 52 },
      ],
    });
  });

  it('is zero for no line', () => {
    expect(totalsOf([])).toEqual({ netCents: 0, vatCents: 0, grossCents: 0, byRate: [] });
  });
});

describe('composeCreditNote', () => {
  const reference = { invoiceId: 'order_A1', number: 'F-2026-000123' };

  it('negates lines and totals and names the cancelled invoice first', () => {
    const original = composeInvoice(invoiceScenarios.businessPackSinglePurpose);
    const before = JSON.stringify(original);
    const note = composeCreditNote(original, reference, 'Erreur de raison sociale');
    expect(note).toEqual({
      kind: 'credit-note',
      seller: STANDARD_SELLER,
      buyer: businessBuyer,
      lines: [
        {
          description: 'Annulation : Pack 5 crédits',
          quantity: 1,
          unitNetCents: -3750,
          vatRate: 20,
          netCents: -3750,
          vatCents: -750,
          grossCents: -4500,
        },
      ],
      totals: {
        netCents: -3750,
        vatCents: -750,
        grossCents: -4500,
        byRate: [{ rate: 20, netCents: -3750, vatCents: -750 }],
      },
      mentions: [
        'Avoir annulant la facture n° F-2026-000123. Motif : Erreur de raison sociale',
        DECLARATION,
        M.latePenalty,
        M.recoveryIndemnity,
      ],
      saleDate: PACK_PAID_AT,
      payment: PACK_PAYMENT,
      currency: 'eur',
      corrects: { invoiceId: 'order_A1', number: 'F-2026-000123' },
    });
    expect(invoiceContentSchema.parse(note)).toEqual(note);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('keeps the exemption wording of an exempt booking, and its zeros are plain zeros', () => {
    const original = composeInvoice(invoiceScenarios.exemptTrainingBooking);
    const note = composeCreditNote(
      original,
      { invoiceId: 'booking_b1_1', number: 'F-2026-000124' },
      'Séance annulée',
    );
    expect(note.lines).toEqual([
      {
        description: `Annulation : ${SESSION_LINE}`,
        quantity: 2,
        unitNetCents: -900,
        vatRate: null,
        vatNote: M.trainingExemption,
        netCents: -1800,
        vatCents: 0,
        grossCents: -1800,
      },
    ]);
    expect(note.mentions).toEqual([
      'Avoir annulant la facture n° F-2026-000124. Motif : Séance annulée',
      M.trainingExemption,
      DECLARATION,
    ]);
    // -0 would print "-0,00 €" and be stored as a double: toBe compares with Object.is.
    expect(note.lines[0]?.vatCents).toBe(0);
    expect(note.totals.vatCents).toBe(0);
    expect(note.totals.byRate).toEqual([{ rate: null, netCents: -1800, vatCents: 0 }]);
    expect(note.totals.byRate[0]?.vatCents).toBe(0);
  });

  it('cancels the amounts exactly: invoice + credit note = 0', () => {
    for (const input of Object.values(invoiceScenarios)) {
      const original = composeInvoice(input);
      const note = composeCreditNote(original, reference, 'Test');
      expect(note.totals.netCents + original.totals.netCents).toBe(0);
      expect(note.totals.vatCents + original.totals.vatCents).toBe(0);
      expect(note.totals.grossCents + original.totals.grossCents).toBe(0);
      expect(note.mentions.slice(1)).toEqual(original.mentions);
    }
  });
});

describe('space bookings (SPACE-3): coworking is always taxed, whatever the voucher mode', () => {
  const spaceWithCredits = {
    type: 'session-booking' as const,
    description: 'Salle Voltaire',
    credits: 4,
    sessionDate: new Date('2026-04-02T08:00:00Z'),
    bookedAt: new Date('2026-03-20T09:00:00Z'),
    service: 'space' as const,
  };

  it('paid with multi-purpose credits: a 20 % invoice at the credit value, no training exemption', () => {
    const content = composeInvoice({
      settings: multiPurposeSettings,
      buyer: consumerBuyer,
      sale: spaceWithCredits,
    });
    expect(content.kind).toBe('invoice');
    expect(content.lines).toHaveLength(1);
    expect(content.lines[0]).toMatchObject({
      description: 'Salle Voltaire — réservation du 02/04/2026 (4 crédits)',
      quantity: 4,
      vatRate: 20,
      grossCents: 4 * fixtureInvoicing.creditValueCents,
    });
    expect(content.mentions).not.toContain(M.trainingExemption);
    expect(content.totals.vatCents).toBe(content.totals.grossCents - content.totals.netCents);
    expect(content.totals.vatCents).toBeGreaterThan(0);
  });

  it('paid by card: one taxed line dated the booking, no voucher mention even in multi-purpose mode', () => {
    const content = composeInvoice({
      settings: multiPurposeSettings,
      buyer: businessBuyer,
      sale: {
        type: 'space-booking',
        description: 'Salle Voltaire',
        grossCents: 6000,
        vatRate: 20,
        serviceDate: new Date('2026-04-02T08:00:00Z'),
        paidAt: new Date('2026-03-20T09:00:00Z'),
        paymentMethod: 'card',
      },
    });
    expect(content.lines[0]).toMatchObject({ vatRate: 20, grossCents: 6000, netCents: 5000, vatCents: 1000 });
    expect(content.mentions).not.toContain(M.voucherOutOfScope);
    expect(content.payment.label).toBe('Payée le 20/03/2026 par carte bancaire');
    expect(content.saleDate).toEqual(new Date('2026-04-02T08:00:00Z'));
    expect(invoiceContentSchema.safeParse(content).success).toBe(true);
  });

  it('under the franchise: no VAT, the franchise mention', () => {
    const content = composeInvoice({
      settings: franchiseMultiPurposeSettings,
      buyer: consumerBuyer,
      sale: spaceWithCredits,
    });
    expect(content.lines[0]?.vatRate).toBeNull();
    expect(content.mentions).toContain(M.franchise);
  });
});
