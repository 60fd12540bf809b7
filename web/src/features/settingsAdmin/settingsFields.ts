// The settings form's fields and the schema paths they edit: issues from the schema here or from
// `updateSettings` (paths under `settings.`) land under the field they concern. Amounts typed in
// euros and rates typed with a comma get this feature's own sentences rather than "invalid value".
import { invoicingSettingsSchema, isValidationMessageKey, type FieldIssue } from '@agora/domain';
import type { OwnIssueText } from '../../app/forms/useIssueText.ts';
import { issuesToFields, type FieldErrors } from '../../app/forms/fieldErrors.ts';

/** Keys of the invoice mentions, in the schema's order. */
export const MENTION_KEYS = invoicingSettingsSchema.shape.mentions.keyof().options;
export type MentionKey = (typeof MENTION_KEYS)[number];

/** Each plain field of the form and the schema path it edits. */
export const SETTINGS_FIELD_PATHS = {
  legalName: 'legalEntity.name',
  legalForm: 'legalEntity.legalForm',
  shareCapital: 'legalEntity.shareCapitalCents',
  line1: 'legalEntity.address.line1',
  line2: 'legalEntity.address.line2',
  postalCode: 'legalEntity.address.postalCode',
  city: 'legalEntity.address.city',
  country: 'legalEntity.address.country',
  siret: 'legalEntity.siret',
  vatNumber: 'legalEntity.vatNumber',
  trainingDeclarationNumber: 'legalEntity.trainingDeclarationNumber',
  email: 'legalEntity.email',
  phone: 'legalEntity.phone',
  vatRegime: 'vatRegime',
  voucherMode: 'voucherMode',
  timeZone: 'timeZone',
  defaultLocale: 'defaultLocale',
  displayName: 'branding.displayName',
  primaryColor: 'branding.primaryColor',
  cancellationWindowHours: 'policies.cancellationWindowHours',
  reminderLeadTimesHours: 'policies.reminderLeadTimesHours',
  modules: 'modules',
  invoicePrefix: 'invoicing.prefixes.invoice',
  creditNotePrefix: 'invoicing.prefixes.creditNote',
  statementPrefix: 'invoicing.prefixes.statement',
  creditValue: 'invoicing.creditValueCents',
  trainingVatExempt: 'invoicing.trainingVatExempt',
  sessionVatRate: 'invoicing.sessionVatRate',
} as const;

export type PlainSettingsField = keyof typeof SETTINGS_FIELD_PATHS;
/** One mention's text field. */
export type MentionField = `mention.${MentionKey}`;
export type SettingsField = PlainSettingsField | MentionField;

export const mentionField = (key: MentionKey): MentionField => `mention.${key}`;

const FIELD_PATHS: readonly (readonly [SettingsField, string])[] = [
  ...(Object.entries(SETTINGS_FIELD_PATHS) as [PlainSettingsField, string][]),
  ...MENTION_KEYS.map((key) => [mentionField(key), `invoicing.mentions.${key}`] as const),
];

export function isSettingsField(value: string): value is SettingsField {
  return FIELD_PATHS.some(([field]) => field === value);
}

/**
 * The field an issue path names (`settings.` prefix of the callable's paths dropped): the field
 * whose path is the issue's or its longest ancestor, so an item of a list (a lead time, a module)
 * goes under its list. Null for a path no field edits (a whole section missing, an unknown key).
 */
export function settingsFieldOf(path: string): SettingsField | null {
  const relative = path.replace(/^settings\./, '');
  let best: readonly [SettingsField, string] | null = null;
  for (const entry of FIELD_PATHS) {
    const [, fieldPath] = entry;
    const matches = relative === fieldPath || relative.startsWith(`${fieldPath}.`);
    if (matches && (!best || fieldPath.length > best[1].length)) best = entry;
  }
  return best?.[0] ?? null;
}

/** Keys of settingsAdmin.fieldErrors: what the schema's generic messages would say badly. */
export const SETTINGS_FIELD_ERRORS = [
  'shareCapitalInvalid',
  'creditValueInvalid',
  'sessionVatRateInvalid',
  'leadTimeDuplicate',
] as const;
export type SettingsFieldError = (typeof SETTINGS_FIELD_ERRORS)[number];

/** Fields typed in another unit than the schema's (euros for cents, a comma rate): their sentence. */
const DEDICATED_MESSAGES: Partial<Record<SettingsField, SettingsFieldError>> = {
  shareCapital: 'shareCapitalInvalid',
  creditValue: 'creditValueInvalid',
  sessionVatRate: 'sessionVatRateInvalid',
};

/**
 * A field's message key: its dedicated sentence whatever the schema said (an unreadable amount
 * reaches the schema as NaN, which zod reports as a missing number).
 */
export function settingsMessageKey(field: SettingsField, code: string): string {
  return DEDICATED_MESSAGES[field] ?? code;
}

/** Issues (schema or callable) as field messages, the rest apart for the page's alert. */
export function settingsIssuesToFields(issues: readonly FieldIssue[]): {
  fields: FieldErrors<SettingsField>;
  other: FieldIssue[];
} {
  const { fields, other } = issuesToFields(issues, settingsFieldOf);
  const worded: FieldErrors<SettingsField> = {};
  for (const [field, code] of Object.entries(fields) as [SettingsField, string | undefined][]) {
    if (code !== undefined) worded[field] = settingsMessageKey(field, code);
  }
  return { fields: worded, other };
}

export function isSettingsFieldError(code: string): code is SettingsFieldError {
  return !isValidationMessageKey(code) && SETTINGS_FIELD_ERRORS.some((key) => key === code);
}

/** The sentence of a settingsAdmin.fieldErrors key (useIssueText); undefined for other codes. */
export const settingsIssueText: OwnIssueText = (t, code) =>
  isSettingsFieldError(code) ? t(`settingsAdmin.fieldErrors.${code}`) : undefined;
