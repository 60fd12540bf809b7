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
    siret: requiredText(14).regex(/^\d{14}$/, { message: 'invalid' }),
    vatNumber: optionalText(20),
    trainingDeclarationNumber: optionalText(20),
    email: requiredText(254),
    phone: optionalText(32),
  }),
  vatRegime: z.enum(VAT_REGIMES),
  voucherMode: z.enum(VOUCHER_MODES).default('multi-purpose'),
  timeZone: z.string().default(DEFAULT_TIME_ZONE),
  defaultLocale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  branding: z.object({
    displayName: requiredText(100),
    primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    logoPath: optionalText(300),
  }),
  policies: z.object({
    /** Members may cancel a booking until this many hours before it starts. */
    cancellationWindowHours: z.number().int().min(0).max(720),
    /** Reminder lead times in hours before a booking starts, e.g. [24, 2]. */
    reminderLeadTimesHours: z.array(z.number().int().min(1).max(720)).max(5),
  }),
  modules: z.record(z.enum(MODULES), z.boolean()),
});
export type OrganizationSettings = z.output<typeof organizationSettingsSchema>;
