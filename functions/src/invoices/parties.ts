// Who is on an invoice: the organisation (from settings, with its invoicing wording) and the buyer
// (the member's profile, and their company when staff attached them to one, ACC-4).
import {
  organizationSettingsSchema,
  type BuyerSnapshot,
  type InvoicingSettings,
  type OrganizationSettings,
} from '@agora/domain';
import { db } from '../lib/admin.ts';

export type InvoiceSettings = Pick<OrganizationSettings, 'legalEntity' | 'vatRegime' | 'voucherMode'> & {
  invoicing: InvoicingSettings;
};

/** Settings with the invoicing block; throws (a configuration error staff must fix) without it. */
export async function readInvoiceSettings(): Promise<InvoiceSettings> {
  const settings = organizationSettingsSchema.parse(
    (await db().collection('settings').doc('organization').get()).data(),
  );
  if (!settings.invoicing) {
    throw new Error(
      'settings/organization.invoicing is missing: invoices cannot be issued until it is configured',
    );
  }
  return {
    legalEntity: settings.legalEntity,
    vatRegime: settings.vatRegime,
    voucherMode: settings.voucherMode,
    invoicing: settings.invoicing,
  };
}

export async function readBuyer(uid: string): Promise<BuyerSnapshot> {
  const [profile, companies] = await Promise.all([
    db().collection('users').doc(uid).get(),
    db().collection('companies').where('memberUids', 'array-contains', uid).limit(1).get(),
  ]);
  const data = profile.data() ?? {};
  const address = (data.address ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const company = companies.docs[0]?.data();
  return {
    name: `${text(data.firstName)} ${text(data.lastName)}`.trim() || text(data.email),
    address: {
      line1: text(address.line1),
      ...(text(address.line2) ? { line2: text(address.line2) } : {}),
      postalCode: text(address.postalCode),
      city: text(address.city),
      country: text(address.country) || 'FR',
    },
    ...(text(data.email) ? { email: text(data.email) } : {}),
    ...(company
      ? {
          company: {
            name: text(company.name),
            ...(text(company.siren) ? { siren: text(company.siren) } : {}),
            ...(text(company.vatNumber) ? { vatNumber: text(company.vatNumber) } : {}),
          },
        }
      : {}),
  };
}
