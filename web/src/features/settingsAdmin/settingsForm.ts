// The settings page's form: what its fields hold (numbers and euros as typed text), how they are
// filled from settings/organization (leniently: a document that fails the schema still loads, its
// errors shown), and their check with organizationSettingsSchema, the one updateSettings applies.
import {
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  LOCALES,
  MODULES,
  organizationSettingsSchema,
  toFieldIssues,
  VAT_REGIMES,
  VOUCHER_MODES,
  type Locale,
  type ModuleName,
  type OrganizationSettings,
} from '@agora/domain';
import { parseWholeNumber, type Parsed } from '../../app/forms/fieldErrors.ts';
import { DEFAULT_PRIMARY_COLOR } from '../../app/theme.ts';
import { count, flag, oneOf, record, text, type Fields } from '../../lib/firebase/fields.ts';
import { eurosInputValue, parseEuros } from '../billing/euros.ts';
import {
  MENTION_KEYS,
  settingsIssuesToFields,
  type MentionKey,
  type SettingsField,
} from './settingsFields.ts';

export type VatRegime = (typeof VAT_REGIMES)[number];
export type VoucherMode = (typeof VOUCHER_MODES)[number];

export interface SettingsFormValues {
  legalName: string;
  legalForm: string;
  /** Share capital in euros as typed ("10 000,00"); empty when not stated. */
  shareCapital: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
  siret: string;
  vatNumber: string;
  trainingDeclarationNumber: string;
  email: string;
  phone: string;
  vatRegime: VatRegime;
  voucherMode: VoucherMode;
  timeZone: string;
  defaultLocale: Locale;
  displayName: string;
  primaryColor: string;
  cancellationWindowHours: string;
  /** Hours before a booking, longest first. */
  reminderLeadTimesHours: number[];
  modules: Record<ModuleName, boolean>;
  /** The invoicing block is optional in the schema: invoices cannot be issued until it is set. */
  invoicingConfigured: boolean;
  invoicePrefix: string;
  creditNotePrefix: string;
  statementPrefix: string;
  /** One credit's worth in euros, VAT included, as typed. */
  creditValue: string;
  trainingVatExempt: boolean;
  /** Percent as typed ("20", "5,5"). */
  sessionVatRate: string;
  mentions: Record<MentionKey, string>;
}

const allModules = (enabled: (module: ModuleName) => boolean) =>
  Object.fromEntries(MODULES.map((module) => [module, enabled(module)])) as Record<ModuleName, boolean>;

const emptyMentions = () =>
  Object.fromEntries(MENTION_KEYS.map((key) => [key, ''])) as Record<MentionKey, string>;

/**
 * The invoicing fields an admin starts from: the usual series prefixes and the standard rate; the
 * wording of the mentions is left to the organisation (its accountant decides it).
 */
const DEFAULT_INVOICING = {
  invoicePrefix: 'F',
  creditNotePrefix: 'AV',
  statementPrefix: 'R',
  creditValue: '',
  trainingVatExempt: false,
  sessionVatRate: '20',
} as const;

/** The invoicing fields of settings without the block (what "not now" puts back). */
export function unconfiguredInvoicing() {
  return { invoicingConfigured: false, ...DEFAULT_INVOICING, mentions: emptyMentions() };
}

/** A number stored as such, or text an older document kept; '' otherwise. */
function numberText(value: unknown): string {
  const number = count(value);
  if (number !== null) return String(number);
  return text(value) ?? '';
}

/** A rate as the interface language writes it: 5.5 → "5,5" in French. */
export function rateInputValue(rate: number, locale: string): string {
  const written = String(rate);
  return locale === 'en' ? written : written.replace('.', ',');
}

/** A rate typed "20", "5,5" or "5.5"; NaN for anything else, which the schema refuses. */
export function parseRate(typed: string): number {
  const trimmed = typed.trim();
  return /^\d{1,3}(?:[.,]\d{1,2})?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/**
 * The form filled from a stored document (or parsed settings). Absent sections take the schema's
 * defaults; a mistyped value is kept as text where a field can show it, so its error reads.
 */
export function settingsFormValues(data: unknown, locale: string): SettingsFormValues {
  const doc: Fields = record(data) ?? {};
  const legal = record(doc.legalEntity) ?? {};
  const address = record(legal.address) ?? {};
  const branding = record(doc.branding) ?? {};
  const policies = record(doc.policies) ?? {};
  const modules = record(doc.modules);
  const invoicing = record(doc.invoicing);
  const prefixes = record(invoicing?.prefixes) ?? {};
  const mentions = record(invoicing?.mentions) ?? {};
  const shareCapital = count(legal.shareCapitalCents);
  const creditValue = count(invoicing?.creditValueCents);
  const sessionVatRate = count(invoicing?.sessionVatRate);
  const leadTimes = Array.isArray(policies.reminderLeadTimesHours) ? policies.reminderLeadTimesHours : [];
  return {
    legalName: text(legal.name) ?? '',
    legalForm: text(legal.legalForm) ?? '',
    shareCapital: shareCapital === null ? '' : eurosInputValue(shareCapital, locale),
    line1: text(address.line1) ?? '',
    line2: text(address.line2) ?? '',
    postalCode: text(address.postalCode) ?? '',
    city: text(address.city) ?? '',
    country: text(address.country) ?? 'FR',
    siret: text(legal.siret) ?? '',
    vatNumber: text(legal.vatNumber) ?? '',
    trainingDeclarationNumber: text(legal.trainingDeclarationNumber) ?? '',
    email: text(legal.email) ?? '',
    phone: text(legal.phone) ?? '',
    vatRegime: oneOf(VAT_REGIMES, doc.vatRegime) ?? 'standard',
    voucherMode: oneOf(VOUCHER_MODES, doc.voucherMode) ?? 'multi-purpose',
    timeZone: text(doc.timeZone) ?? DEFAULT_TIME_ZONE,
    defaultLocale: oneOf(LOCALES, doc.defaultLocale) ?? DEFAULT_LOCALE,
    displayName: text(branding.displayName) ?? '',
    primaryColor: text(branding.primaryColor) ?? DEFAULT_PRIMARY_COLOR,
    cancellationWindowHours: numberText(policies.cancellationWindowHours),
    reminderLeadTimesHours: leadTimes.filter((hours): hours is number => count(hours) !== null),
    // A new organisation starts with every module on; a stored document reads as stored.
    modules: allModules((module) => (modules ? flag(modules[module]) : true)),
    invoicingConfigured: invoicing !== undefined,
    invoicePrefix: text(prefixes.invoice) ?? (invoicing ? '' : DEFAULT_INVOICING.invoicePrefix),
    creditNotePrefix: text(prefixes.creditNote) ?? (invoicing ? '' : DEFAULT_INVOICING.creditNotePrefix),
    statementPrefix: text(prefixes.statement) ?? (invoicing ? '' : DEFAULT_INVOICING.statementPrefix),
    creditValue: creditValue === null ? DEFAULT_INVOICING.creditValue : eurosInputValue(creditValue, locale),
    trainingVatExempt: invoicing ? flag(invoicing.trainingVatExempt) : DEFAULT_INVOICING.trainingVatExempt,
    sessionVatRate:
      sessionVatRate === null
        ? invoicing
          ? ''
          : DEFAULT_INVOICING.sessionVatRate
        : rateInputValue(sessionVatRate, locale),
    mentions: { ...emptyMentions(), ...textsOf(mentions) },
  };
}

function textsOf(fields: Fields): Partial<Record<MentionKey, string>> {
  const texts: Partial<Record<MentionKey, string>> = {};
  for (const key of MENTION_KEYS) {
    const value = text(fields[key]);
    if (value !== null) texts[key] = value;
  }
  return texts;
}

/** An amount field left empty is absent; an unreadable one fails the schema's number check. */
function optionalCents(typed: string): number | undefined {
  return typed.trim() === '' ? undefined : (parseEuros(typed) ?? Number.NaN);
}

/** Identifiers typed in groups ("844 123 456 00017") are stored without their spaces. */
const compact = (typed: string) => typed.replace(/[\s\u00a0\u202f]/g, '');

/** What the form sends to the schema, before its check. */
export function settingsInput(values: SettingsFormValues): unknown {
  return {
    legalEntity: {
      name: values.legalName,
      legalForm: values.legalForm,
      shareCapitalCents: optionalCents(values.shareCapital),
      address: {
        line1: values.line1,
        line2: values.line2,
        postalCode: values.postalCode,
        city: values.city,
        country: values.country,
      },
      siret: compact(values.siret),
      vatNumber: compact(values.vatNumber),
      trainingDeclarationNumber: compact(values.trainingDeclarationNumber),
      email: values.email,
      phone: values.phone,
    },
    vatRegime: values.vatRegime,
    voucherMode: values.voucherMode,
    timeZone: values.timeZone.trim(),
    defaultLocale: values.defaultLocale,
    branding: {
      displayName: values.displayName,
      primaryColor: values.primaryColor.trim(),
    },
    policies: {
      cancellationWindowHours: parseWholeNumber(values.cancellationWindowHours),
      reminderLeadTimesHours: values.reminderLeadTimesHours,
    },
    modules: values.modules,
    ...(values.invoicingConfigured
      ? {
          invoicing: {
            prefixes: {
              invoice: values.invoicePrefix,
              creditNote: values.creditNotePrefix,
              statement: values.statementPrefix,
            },
            creditValueCents: parseEuros(values.creditValue) ?? Number.NaN,
            trainingVatExempt: values.trainingVatExempt,
            sessionVatRate: parseRate(values.sessionVatRate),
            mentions: values.mentions,
          },
        }
      : {}),
  };
}

/** Checks the whole form with organizationSettingsSchema: the settings to save, or the field errors. */
export function parseSettingsForm(values: SettingsFormValues): Parsed<OrganizationSettings, SettingsField> {
  const result = organizationSettingsSchema.safeParse(settingsInput(values));
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: settingsIssuesToFields(toFieldIssues(result.error)).fields };
}
