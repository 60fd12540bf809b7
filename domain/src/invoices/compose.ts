// What an invoice says (INV-1, INV-2; VAT model in docs/architecture.md "VAT and credits"). Pure:
// the same sale and settings always give the same lines, totals and mentions, so a lost PDF is
// rebuilt identically and golden tests can check every mandatory mention.
//
// Voucher mode (settings.voucherMode):
// - multi-purpose: selling credits is outside the scope of VAT (its document says so); the VAT
//   invoice is issued when credits are spent, at the VAT treatment of the service booked (training
//   exempt where the organisation is a declared training body).
// - single-purpose: VAT is invoiced at the sale of the credits; a booking paid in credits gets a
//   zero-amount statement, not a second VAT invoice.
// A seller under the VAT franchise charges no VAT at all and says so.
import type {
  BuyerSnapshot,
  InvoiceContent,
  InvoiceKind,
  InvoiceLine,
  InvoiceTotals,
  SellerSnapshot,
} from '../schemas/invoices.ts';
import type { InvoicingSettings, OrganizationSettings } from '../schemas/settings.ts';
import { splitGross } from './vat.ts';

export type Sale =
  | {
      type: 'credit-pack';
      description: string;
      quantity: number;
      unitGrossCents: number;
      vatRate: number;
      paidAt: Date;
      paymentMethod: string;
    }
  | {
      type: 'subscription-period';
      description: string;
      grossCents: number;
      vatRate: number;
      periodStart: Date;
      periodEnd: Date;
      paidAt: Date;
      paymentMethod: string;
    }
  | {
      type: 'session-booking';
      description: string;
      credits: number;
      sessionDate: Date;
      bookedAt: Date;
      /**
       * What was booked with the credits: a training session (exempt when the organisation says so)
       * or a coworking space (always taxed, at SPACE_VAT_RATE). Sessions when absent.
       */
      service?: 'training' | 'space';
    }
  | {
      /** A space booking paid by card: a taxable service, whatever the voucher mode. */
      type: 'space-booking';
      description: string;
      grossCents: number;
      vatRate: number;
      serviceDate: Date;
      paidAt: Date;
      paymentMethod: string;
    };

/** Coworking (desk, room, office hire) is taxed at the standard rate. */
export const SPACE_VAT_RATE = 20;

export interface ComposeInput {
  settings: Pick<OrganizationSettings, 'legalEntity' | 'vatRegime' | 'voucherMode'> & {
    invoicing: InvoicingSettings;
  };
  buyer: BuyerSnapshot;
  sale: Sale;
}

const METHOD_LABELS: Record<string, string> = {
  card: 'carte bancaire',
  paypal: 'PayPal',
  sepa_debit: 'prélèvement SEPA',
  credits: 'crédits prépayés',
};

const frenchDate = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);

export function sellerSnapshot(legalEntity: OrganizationSettings['legalEntity']): SellerSnapshot {
  return {
    name: legalEntity.name,
    legalForm: legalEntity.legalForm,
    ...(legalEntity.shareCapitalCents === undefined
      ? {}
      : { shareCapitalCents: legalEntity.shareCapitalCents }),
    address: {
      line1: legalEntity.address.line1,
      ...(legalEntity.address.line2 ? { line2: legalEntity.address.line2 } : {}),
      postalCode: legalEntity.address.postalCode,
      city: legalEntity.address.city,
      country: legalEntity.address.country,
    },
    siret: legalEntity.siret,
    ...(legalEntity.vatNumber ? { vatNumber: legalEntity.vatNumber } : {}),
    ...(legalEntity.trainingDeclarationNumber
      ? { trainingDeclarationNumber: legalEntity.trainingDeclarationNumber }
      : {}),
    email: legalEntity.email,
    ...(legalEntity.phone ? { phone: legalEntity.phone } : {}),
  };
}

function line(
  description: string,
  quantity: number,
  unitGrossCents: number,
  vatRate: number | null,
  vatNote?: string,
): InvoiceLine {
  const grossCents = unitGrossCents * quantity;
  const { netCents, vatCents } = splitGross(grossCents, vatRate);
  const unit = splitGross(unitGrossCents, vatRate);
  return {
    description,
    quantity,
    unitNetCents: unit.netCents,
    vatRate,
    ...(vatNote === undefined ? {} : { vatNote }),
    netCents,
    vatCents,
    grossCents,
  };
}

export function totalsOf(lines: readonly InvoiceLine[]): InvoiceTotals {
  const byRate = new Map<number | null, { netCents: number; vatCents: number }>();
  for (const item of lines) {
    const row = byRate.get(item.vatRate) ?? { netCents: 0, vatCents: 0 };
    row.netCents += item.netCents;
    row.vatCents += item.vatCents;
    byRate.set(item.vatRate, row);
  }
  return {
    netCents: lines.reduce((sum, item) => sum + item.netCents, 0),
    vatCents: lines.reduce((sum, item) => sum + item.vatCents, 0),
    grossCents: lines.reduce((sum, item) => sum + item.grossCents, 0),
    byRate: [...byRate.entries()]
      .map(([rate, row]) => ({ rate, ...row }))
      .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1)),
  };
}

export function composeInvoice({ settings, buyer, sale }: ComposeInput): InvoiceContent {
  const mentions = settings.invoicing.mentions;
  const franchise = settings.vatRegime === 'franchise';
  const multiPurpose = settings.voucherMode === 'multi-purpose';
  const notes = new Set<string>();
  /** The VAT treatment of a taxable sale at `rate`: none under the franchise. */
  const taxable = (rate: number): [number | null, string | undefined] => {
    if (franchise) {
      notes.add(mentions.franchise);
      return [null, mentions.franchise];
    }
    return [rate, undefined];
  };

  let kind: InvoiceKind = 'invoice';
  let lines: InvoiceLine[];
  let saleDate: Date;
  let payment: InvoiceContent['payment'];
  switch (sale.type) {
    case 'credit-pack':
    case 'subscription-period': {
      const [rate, note] = multiPurpose ? [null, mentions.voucherOutOfScope] : taxable(sale.vatRate);
      if (multiPurpose) notes.add(mentions.voucherOutOfScope);
      const description =
        sale.type === 'subscription-period'
          ? `${sale.description} — période du ${frenchDate(sale.periodStart)} au ${frenchDate(sale.periodEnd)}`
          : sale.description;
      const [quantity, unit] =
        sale.type === 'credit-pack' ? [sale.quantity, sale.unitGrossCents] : [1, sale.grossCents];
      lines = [line(description, quantity, unit, rate, note)];
      saleDate = sale.paidAt;
      payment = {
        label: `Payée le ${frenchDate(sale.paidAt)} par ${METHOD_LABELS[sale.paymentMethod] ?? sale.paymentMethod}`,
        paidAt: sale.paidAt,
      };
      break;
    }
    case 'space-booking': {
      const [rate, note] = taxable(sale.vatRate);
      lines = [
        line(
          `${sale.description} — réservation du ${frenchDate(sale.serviceDate)}`,
          1,
          sale.grossCents,
          rate,
          note,
        ),
      ];
      saleDate = sale.serviceDate;
      payment = {
        label: `Payée le ${frenchDate(sale.paidAt)} par ${METHOD_LABELS[sale.paymentMethod] ?? sale.paymentMethod}`,
        paidAt: sale.paidAt,
      };
      break;
    }
    case 'session-booking': {
      const space = sale.service === 'space';
      const description = `${sale.description} — ${space ? 'réservation' : 'séance'} du ${frenchDate(sale.sessionDate)} (${sale.credits} crédit${sale.credits > 1 ? 's' : ''})`;
      if (!multiPurpose) {
        // The VAT was invoiced with the credits: a statement of what they paid for, no amount.
        kind = 'statement';
        // A seller under the franchise invoiced no VAT with the credits: saying "VAT paid when the
        // credits were bought" would be false, so the statement carries the franchise mention.
        const note = franchise ? mentions.franchise : mentions.voucherAlreadyTaxed;
        notes.add(note);
        lines = [
          {
            description,
            quantity: 1,
            unitNetCents: 0,
            vatRate: null,
            vatNote: note,
            netCents: 0,
            vatCents: 0,
            grossCents: 0,
          },
        ];
      } else {
        const unitGross = settings.invoicing.creditValueCents;
        if (space) {
          const [rate, note] = taxable(SPACE_VAT_RATE);
          lines = [line(description, sale.credits, unitGross, rate, note)];
        } else if (settings.invoicing.trainingVatExempt && !franchise) {
          notes.add(mentions.trainingExemption);
          lines = [line(description, sale.credits, unitGross, null, mentions.trainingExemption)];
        } else {
          const [rate, note] = taxable(settings.invoicing.sessionVatRate);
          lines = [line(description, sale.credits, unitGross, rate, note)];
        }
      }
      saleDate = sale.sessionDate;
      payment = {
        label: `Réglée le ${frenchDate(sale.bookedAt)} en crédits prépayés (${sale.credits} crédit${sale.credits > 1 ? 's' : ''})`,
        paidAt: sale.bookedAt,
      };
      break;
    }
  }

  const seller = sellerSnapshot(settings.legalEntity);
  const ordered = [...notes];
  if (seller.trainingDeclarationNumber) {
    ordered.push(mentions.trainingDeclaration.replace('{number}', seller.trainingDeclarationNumber));
  }
  if (buyer.company) ordered.push(mentions.latePenalty, mentions.recoveryIndemnity);
  return {
    kind,
    seller,
    buyer,
    lines,
    totals: totalsOf(lines),
    mentions: ordered,
    saleDate,
    payment,
    currency: 'eur',
  };
}

/** A credit note cancelling `original`: the same lines with opposite amounts. */
export function composeCreditNote(
  original: InvoiceContent,
  originalRef: { invoiceId: string; number: string },
  reason: string,
): InvoiceContent {
  // `0 - x`, not `-x`: negating a zero amount (no VAT, a statement) gives -0, which Intl prints as
  // "-0,00 €" and Firestore stores as a double instead of an integer.
  const negate = (cents: number) => 0 - cents;
  const lines = original.lines.map((item) => ({
    ...item,
    description: `Annulation : ${item.description}`,
    unitNetCents: negate(item.unitNetCents),
    netCents: negate(item.netCents),
    vatCents: negate(item.vatCents),
    grossCents: negate(item.grossCents),
  }));
  return {
    ...original,
    kind: 'credit-note',
    lines,
    totals: totalsOf(lines),
    mentions: [`Avoir annulant la facture n° ${originalRef.number}. Motif : ${reason}`, ...original.mentions],
    corrects: originalRef,
  };
}

/**
 * The replacing invoice of a correction: the same sale for a corrected buyer. Only the buyer and
 * the business-buyer mentions can change; lines and totals are those of the cancelled invoice.
 */
export function withBuyer(
  content: InvoiceContent,
  buyer: BuyerSnapshot,
  mentions: Pick<InvoicingSettings['mentions'], 'latePenalty' | 'recoveryIndemnity'>,
  replaces: { invoiceId: string; number: string },
): InvoiceContent {
  const business = [mentions.latePenalty, mentions.recoveryIndemnity];
  const kept = content.mentions.filter((mention) => !business.includes(mention));
  return {
    ...content,
    kind: 'invoice',
    buyer,
    totals: totalsOf(content.lines),
    mentions: buyer.company ? [...kept, ...business] : kept,
    corrects: replaces,
  };
}
