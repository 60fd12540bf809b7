// Sellers, buyers and sales of the invoice golden scenarios (issue 6: a consumer credit-pack purchase
// in each voucher mode, a business buyer, a VAT-exempt training booking paid in credits, a
// franchise-regime seller). Plain data, no test runner import: PDF and function tests reuse them.
// The standard seller and its wording mirror `demoOrganization` in scripts/seed/demo-data.ts.
import type { BuyerSnapshot } from '../schemas/invoices.ts';
import type { InvoicingSettings, OrganizationSettings } from '../schemas/settings.ts';
import type { ComposeInput, Sale } from './compose.ts';

export type InvoiceSettingsFixture = ComposeInput['settings'];
type LegalEntity = OrganizationSettings['legalEntity'];

/** The wording of `demoOrganization.invoicing`. */
export const fixtureMentions: InvoicingSettings['mentions'] = {
  voucherOutOfScope:
    'Opération hors champ de la TVA : vente de bons à usages multiples (art. 256 ter du CGI).',
  voucherAlreadyTaxed:
    'Prestation réglée en crédits prépayés : TVA acquittée lors de l’achat des crédits (bon à usage unique).',
  trainingExemption: 'Exonération de TVA, article 261-4-4° a du CGI (formation professionnelle continue).',
  franchise: 'TVA non applicable, article 293 B du CGI.',
  latePenalty:
    'Pénalités de retard : trois fois le taux d’intérêt légal, exigibles dès le lendemain de la date d’échéance.',
  recoveryIndemnity:
    'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. L441-10 et D441-5 du Code de commerce).',
  trainingDeclaration:
    'Déclaration d’activité enregistrée sous le numéro {number} auprès du préfet de région Auvergne-Rhône-Alpes. Cet enregistrement ne vaut pas agrément de l’État.',
};

/** `demoOrganization.invoicing`: one credit is worth 9,00 € TTC, training is VAT exempt. */
export const fixtureInvoicing: InvoicingSettings = {
  prefixes: { invoice: 'F', creditNote: 'AV', statement: 'R' },
  creditValueCents: 900,
  trainingVatExempt: true,
  sessionVatRate: 20,
  mentions: fixtureMentions,
};

/** A VAT-registered SAS that is a declared training body (`demoOrganization.legalEntity`). */
export const standardLegalEntity: LegalEntity = {
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

/** A sole trader under the VAT franchise (art. 293 B): no VAT number, no share capital. */
export const franchiseLegalEntity: LegalEntity = {
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

/** The demo organisation: standard VAT regime, multi-purpose credits (the default). */
export const multiPurposeSettings: InvoiceSettingsFixture = {
  legalEntity: standardLegalEntity,
  vatRegime: 'standard',
  voucherMode: 'multi-purpose',
  invoicing: fixtureInvoicing,
};

/** The demo organisation with single-purpose credits: VAT is invoiced when the credits are sold. */
export const singlePurposeSettings: InvoiceSettingsFixture = {
  ...multiPurposeSettings,
  voucherMode: 'single-purpose',
};

/** The demo organisation with training sessions taxed at `sessionVatRate` (20 %). */
export const taxedSessionsSettings: InvoiceSettingsFixture = {
  ...multiPurposeSettings,
  invoicing: { ...fixtureInvoicing, trainingVatExempt: false },
};

/** The franchise seller selling single-purpose credits. */
export const franchiseSinglePurposeSettings: InvoiceSettingsFixture = {
  legalEntity: franchiseLegalEntity,
  vatRegime: 'franchise',
  voucherMode: 'single-purpose',
  invoicing: { ...fixtureInvoicing, trainingVatExempt: false },
};

/** The franchise seller selling multi-purpose credits, sessions not exempt. */
export const franchiseMultiPurposeSettings: InvoiceSettingsFixture = {
  ...franchiseSinglePurposeSettings,
  voucherMode: 'multi-purpose',
};

/** A private person: no company, so no B2B mentions. */
export const consumerBuyer: BuyerSnapshot = {
  name: 'Camille Martin',
  address: { line1: '5 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
  email: 'camille.martin@example.test',
};

/** A member attached to a company (ACC-4), with its SIREN and VAT number. */
export const businessBuyer: BuyerSnapshot = {
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
};

/** `pack-5` of the demo shop: 5 credits for 45,00 € TTC at 20 %, paid by card on 14/03/2026. */
export const creditPackSale: Extract<Sale, { type: 'credit-pack' }> = {
  type: 'credit-pack',
  description: 'Pack 5 crédits',
  quantity: 1,
  unitGrossCents: 4500,
  vatRate: 20,
  paidAt: new Date('2026-03-14T10:30:00Z'),
  paymentMethod: 'card',
};

/**
 * One month of `abonnement-10` (79,00 € TTC at 20 %) by SEPA debit. The instants are 23:30 UTC, the
 * next day in Paris: the printed dates must be Paris dates (01/02/2026 to 01/03/2026).
 */
export const subscriptionPeriodSale: Extract<Sale, { type: 'subscription-period' }> = {
  type: 'subscription-period',
  description: 'Abonnement 10 crédits par mois',
  grossCents: 7900,
  vatRate: 20,
  periodStart: new Date('2026-01-31T23:30:00Z'),
  periodEnd: new Date('2026-02-28T23:30:00Z'),
  paidAt: new Date('2026-01-31T23:30:00Z'),
  paymentMethod: 'sepa_debit',
};

/** A training session booked on 20/03/2026 for 2 credits, held on 02/04/2026 (09:00 in Paris). */
export const sessionBookingSale: Extract<Sale, { type: 'session-booking' }> = {
  type: 'session-booking',
  description: 'Atelier prise de parole en public',
  credits: 2,
  sessionDate: new Date('2026-04-02T07:00:00Z'),
  bookedAt: new Date('2026-03-20T18:00:00Z'),
};

/** The golden scenarios of issue 6, by name, ready for `composeInvoice`. */
export const invoiceScenarios = {
  consumerPackMultiPurpose: { settings: multiPurposeSettings, buyer: consumerBuyer, sale: creditPackSale },
  consumerPackSinglePurpose: { settings: singlePurposeSettings, buyer: consumerBuyer, sale: creditPackSale },
  businessPackMultiPurpose: { settings: multiPurposeSettings, buyer: businessBuyer, sale: creditPackSale },
  businessPackSinglePurpose: { settings: singlePurposeSettings, buyer: businessBuyer, sale: creditPackSale },
  exemptTrainingBooking: { settings: multiPurposeSettings, buyer: consumerBuyer, sale: sessionBookingSale },
  taxedSessionBooking: { settings: taxedSessionsSettings, buyer: consumerBuyer, sale: sessionBookingSale },
  bookingStatementSinglePurpose: {
    settings: singlePurposeSettings,
    buyer: consumerBuyer,
    sale: sessionBookingSale,
  },
  subscriptionPeriodSinglePurpose: {
    settings: singlePurposeSettings,
    buyer: consumerBuyer,
    sale: subscriptionPeriodSale,
  },
  franchisePackSinglePurpose: {
    settings: franchiseSinglePurposeSettings,
    buyer: consumerBuyer,
    sale: creditPackSale,
  },
  franchiseSessionBooking: {
    settings: franchiseMultiPurposeSettings,
    buyer: consumerBuyer,
    sale: sessionBookingSale,
  },
} satisfies Record<string, ComposeInput>;
export type InvoiceScenarioName = keyof typeof invoiceScenarios;
