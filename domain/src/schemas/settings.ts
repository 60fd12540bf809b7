// `settings/organization`: the one organisation this deployment serves (ADM-4).
import { z } from 'zod';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, LOCALES } from '../constants.ts';
import { countrySchema } from './profile.ts';
import { optionalText, requiredText } from './common.ts';

export const VAT_REGIMES = ['standard', 'franchise'] as const;
export const VOUCHER_MODES = ['multi-purpose', 'single-purpose'] as const;
export const MODULES = [
  'credits',
  'sessions',
  'spaces',
  'events',
  'content',
  'directory',
  'domiciliation',
] as const;
export type ModuleName = (typeof MODULES)[number];

/**
 * How invoices are numbered and worded (INV-1..4). Legal references are configuration, never code:
 * the CGI or CIBS article numbers change, and the organisation's accountant decides the wording.
 */
export const invoicingSettingsSchema = z.object({
  /** Number prefixes per series; the number reads `<prefix>-<year>-<6-digit sequence>`. */
  prefixes: z.object({
    invoice: requiredText(10),
    creditNote: requiredText(10),
    statement: requiredText(10),
  }),
  /** What one credit is worth (VAT included) when a booking paid in credits is invoiced. */
  creditValueCents: z.number().int().min(1).max(100_000),
  /** Training sessions are exempt from VAT (the organisation holds a training declaration). */
  trainingVatExempt: z.boolean(),
  /** Rate applied to sessions when they are not exempt. */
  sessionVatRate: z.number().min(0).max(100),
  mentions: z.object({
    /** Multi-purpose voucher sale, e.g. « Opération hors champ de la TVA (bon à usages multiples, art. 256 ter du CGI) ». */
    voucherOutOfScope: requiredText(400),
    /** Single-purpose booking statement, e.g. « TVA acquittée lors de l’achat des crédits (bon à usage unique) ». */
    voucherAlreadyTaxed: requiredText(400),
    /** e.g. « Exonération de TVA, art. 261-4-4° a du CGI ». */
    trainingExemption: requiredText(400),
    /** e.g. « TVA non applicable, art. 293 B du CGI ». */
    franchise: requiredText(400),
    /** Business buyers: penalty rate, e.g. « Pénalités de retard : trois fois le taux d’intérêt légal ». */
    latePenalty: requiredText(400),
    /** Business buyers, e.g. « Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 du Code de commerce) ». */
    recoveryIndemnity: requiredText(400),
    /** Printed with the training declaration number, e.g. « Déclaration d’activité enregistrée sous le numéro {number} auprès du préfet de région Auvergne-Rhône-Alpes. Cet enregistrement ne vaut pas agrément de l’État. ». */
    trainingDeclaration: requiredText(400),
  }),
});
export type InvoicingSettings = z.output<typeof invoicingSettingsSchema>;

/** An IANA time zone the runtime knows (Intl throws a RangeError on any other). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export const organizationSettingsSchema = z.object({
  legalEntity: z.object({
    name: requiredText(200),
    legalForm: requiredText(100),
    shareCapitalCents: z.number().int().nonnegative().optional(),
    address: z.object({
      line1: requiredText(200),
      line2: optionalText(200),
      postalCode: requiredText(12),
      city: requiredText(100),
      country: countrySchema,
    }),
    siret: requiredText(14).regex(/^\d{14}$/, { message: 'siretInvalid' }),
    vatNumber: optionalText(20),
    trainingDeclarationNumber: optionalText(20),
    email: requiredText(254),
    phone: optionalText(32),
  }),
  vatRegime: z.enum(VAT_REGIMES),
  voucherMode: z.enum(VOUCHER_MODES).default('multi-purpose'),
  timeZone: z
    .string({ message: 'timeZoneInvalid' })
    .refine(isTimeZone, { message: 'timeZoneInvalid' })
    .default(DEFAULT_TIME_ZONE),
  defaultLocale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  branding: z.object({
    displayName: requiredText(100),
    primaryColor: z
      .string({ message: 'colorInvalid' })
      .regex(/^#[0-9a-fA-F]{6}$/, { message: 'colorInvalid' }),
    /** Where uploadLogo stored the logo, and its URL (with a download token) for mails and pages. */
    logoPath: optionalText(300),
    logoUrl: z
      .string()
      .max(2000)
      .regex(/^https?:\/\/\S+$/)
      .optional(),
  }),
  policies: z.object({
    /** Members may cancel a booking until this many hours before it starts. */
    cancellationWindowHours: z
      .number({ message: 'cancellationWindowInvalid' })
      .int({ message: 'cancellationWindowInvalid' })
      .min(0, { message: 'cancellationWindowInvalid' })
      .max(720, { message: 'cancellationWindowInvalid' }),
    /** Reminder lead times in hours before a booking starts, e.g. [24, 2]. */
    reminderLeadTimesHours: z
      .array(
        z
          .number({ message: 'reminderLeadTimesInvalid' })
          .int({ message: 'reminderLeadTimesInvalid' })
          .min(1, { message: 'reminderLeadTimesInvalid' })
          .max(720, { message: 'reminderLeadTimesInvalid' }),
      )
      .max(5, { message: 'reminderLeadTimesInvalid' }),
  }),
  modules: z.record(z.enum(MODULES), z.boolean()),
  invoicing: invoicingSettingsSchema.optional(),
});
export type OrganizationSettings = z.output<typeof organizationSettingsSchema>;
export type OrganizationSettingsInput = z.input<typeof organizationSettingsSchema>;

/** `updateSettings` (admin): the whole organisation document, as the settings page edits it. */
/** The largest logo file accepted by `uploadLogo` (it is re-encoded to a small PNG). */
export const MAX_LOGO_BYTES = 5_000_000;

/** `uploadLogo` (admin): the file's bytes in base64; its type is read from the bytes. */
export const uploadLogoInputSchema = z.strictObject({
  contentBase64: z
    .string({ message: 'required' })
    .min(1, { message: 'required' })
    // base64 of MAX_LOGO_BYTES, rounded up to whole 4-character groups.
    .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4, { message: 'logoTooLarge' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'invalid' }),
});
/** `removeLogo` (admin): back to the organisation's name in mails and pages. */
export const removeLogoInputSchema = z.strictObject({});

export const updateSettingsInputSchema = z.strictObject({ settings: organizationSettingsSchema });
export type UpdateSettingsRequest = z.input<typeof updateSettingsInputSchema>;
