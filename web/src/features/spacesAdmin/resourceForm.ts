// Resource dialog (SPACE-1): what its fields hold, their check with resourceFieldsSchema, the
// `saveResource` request, and where the server's issues go. Numbers are typed as text and the
// price in euros; opening hours stay 'HH:MM' text per weekday, as the schema stores them.
import {
  parseWallTime,
  RESOURCE_KINDS,
  resourceFieldsSchema,
  WEEKDAYS,
  type FieldIssue,
  type ResourceFields,
  type ResourceKind,
  type SaveResourceRequest,
  type Weekday,
} from '@agora/domain';
import type { ResourceRecord } from '../../lib/firebase/spaces.ts';
import { eurosInputValue, parseEuros } from '../billing/euros.ts';
import {
  issuesToFields,
  parseWholeNumber,
  zodIssuesToFields,
  type FieldErrors,
  type Parsed,
} from './fieldErrors.ts';
import { closedWeek, normalizeWallTime, weekWith, type OpeningHoursValues } from './openingHoursEditing.ts';
import { WORKING_DAYS } from './weekdays.ts';

export interface ResourceFormValues {
  name: string;
  kind: ResourceKind;
  description: string;
  capacity: string;
  amenities: string[];
  openingHours: OpeningHoursValues;
  /** 'YYYY-MM-DD', sorted. */
  closedDates: string[];
  slotMinutes: string;
  bufferMinutes: string;
  minNoticeMinutes: string;
  bookingWindowDays: string;
  /** Price of one slot including VAT, in euros as typed ("12,50"); empty when not sold by card. */
  price: string;
  /** Credits per slot; empty when not payable in credits. */
  creditCost: string;
  includedInPlan: boolean;
  active: boolean;
}

export const RESOURCE_FIELDS = [
  'name',
  'kind',
  'description',
  'capacity',
  'amenities',
  'openingHours',
  'closedDates',
  'slotMinutes',
  'bufferMinutes',
  'minNoticeMinutes',
  'bookingWindowDays',
  'price',
  'creditCost',
  'includedInPlan',
  'active',
] as const;

/** A form field, or one weekday of the opening hours, or one range of it (messages go under it). */
export type ResourceField =
  (typeof RESOURCE_FIELDS)[number] | `openingHours.${Weekday}` | `openingHours.${Weekday}.${number}`;

/** A new resource: open on working days 09:00–18:00 in hourly slots, bookable two months ahead. */
export const EMPTY_RESOURCE: ResourceFormValues = {
  name: '',
  kind: 'meeting-room',
  description: '',
  capacity: '',
  amenities: [],
  openingHours: weekWith(WORKING_DAYS, [{ open: '09:00', close: '18:00' }]),
  closedDates: [],
  slotMinutes: '60',
  bufferMinutes: '0',
  minNoticeMinutes: '0',
  bookingWindowDays: '60',
  price: '',
  creditCost: '',
  includedInPlan: false,
  active: true,
};

/** Slot lengths offered in the dialog: each divides the day, as the schema requires. */
export const SLOT_MINUTES_CHOICES = [15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480] as const;

/** The choices, with a resource's own length if it is another valid one (set before this list). */
export function slotMinutesChoices(current: string): number[] {
  const value = parseWholeNumber(current);
  const choices: number[] = [...SLOT_MINUTES_CHOICES];
  if (Number.isInteger(value) && !choices.includes(value)) choices.push(value);
  return choices.sort((a, b) => a - b);
}

export function toResourceKind(value: string): ResourceKind {
  return RESOURCE_KINDS.find((kind) => kind === value) ?? 'meeting-room';
}

export function resourceValuesFromRecord(resource: ResourceRecord, locale: string): ResourceFormValues {
  const openingHours = closedWeek();
  for (const day of WEEKDAYS) {
    openingHours[day] = resource.openingHours[day].map((range) => ({ open: range.open, close: range.close }));
  }
  return {
    name: resource.name,
    kind: resource.kind,
    description: resource.description ?? '',
    capacity: String(resource.capacity),
    amenities: [...resource.amenities],
    openingHours,
    closedDates: [...resource.closedDates].sort(),
    slotMinutes: String(resource.slotMinutes),
    bufferMinutes: String(resource.bufferMinutes),
    minNoticeMinutes: String(resource.minNoticeMinutes),
    bookingWindowDays: String(resource.bookingWindowDays),
    price: resource.priceCents === undefined ? '' : eurosInputValue(resource.priceCents, locale),
    creditCost: resource.creditCost === undefined ? '' : String(resource.creditCost),
    includedInPlan: resource.includedInPlan,
    active: resource.active,
  };
}

function isWeekday(value: string | undefined): value is Weekday {
  return WEEKDAYS.some((day) => day === value);
}

/**
 * The field an issue path names: a range of a weekday, a weekday, or a field; the price's cents
 * are typed as euros; an item of a list (a closed date, an amenity) goes under its list.
 */
export function resourceFieldOf(path: string): ResourceField | null {
  const [head, second, third] = path.split('.');
  if (head === 'priceCents') return 'price';
  if (head === 'openingHours' && isWeekday(second)) {
    return third !== undefined && /^\d+$/.test(third)
      ? `openingHours.${second}.${Number(third)}`
      : `openingHours.${second}`;
  }
  return RESOURCE_FIELDS.find((field) => field === head) ?? null;
}

/** A number field that may be left empty (the schema's default applies). */
function optionalWholeNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : parseWholeNumber(text);
}

/** The ranges as the schema reads them: '9h' typed and not yet tidied counts as '09:00'. */
function normalizedHours(hours: OpeningHoursValues): OpeningHoursValues {
  const normalized = closedWeek();
  for (const day of WEEKDAYS) {
    normalized[day] = hours[day].map((range) => ({
      open: normalizeWallTime(range.open),
      close: normalizeWallTime(range.close),
    }));
  }
  return normalized;
}

/**
 * The schema's own cross-field checks (whole slots per range, some way to pay) run in a refinement
 * that zod skips while another field is invalid: they are checked here too, so every error shows at
 * the first attempt.
 */
function crossFieldErrors(values: ResourceFormValues, hours: OpeningHoursValues): FieldErrors<ResourceField> {
  const errors: FieldErrors<ResourceField> = {};
  const slotMinutes = parseWholeNumber(values.slotMinutes);
  if (Number.isInteger(slotMinutes) && slotMinutes > 0) {
    for (const day of WEEKDAYS) {
      hours[day].forEach((range, index) => {
        const open = parseWallTime(range.open);
        const close = parseWallTime(range.close);
        if (open !== null && close !== null && close > open && (close - open) % slotMinutes !== 0) {
          errors[`openingHours.${day}.${index}`] = 'openingHoursInvalid';
        }
      });
    }
  }
  if (values.price.trim() === '' && values.creditCost.trim() === '' && !values.includedInPlan) {
    errors.price = 'resourcePriceRequired';
  }
  return errors;
}

/** Checks the form with resourceFieldsSchema; an unreadable number fails the schema's own check. */
export function parseResourceForm(values: ResourceFormValues): Parsed<ResourceFields, ResourceField> {
  const openingHours = normalizedHours(values.openingHours);
  const result = resourceFieldsSchema.safeParse({
    name: values.name,
    kind: values.kind,
    description: values.description,
    capacity: parseWholeNumber(values.capacity),
    amenities: values.amenities,
    openingHours,
    closedDates: values.closedDates,
    slotMinutes: parseWholeNumber(values.slotMinutes),
    bufferMinutes: optionalWholeNumber(values.bufferMinutes),
    minNoticeMinutes: optionalWholeNumber(values.minNoticeMinutes),
    bookingWindowDays: parseWholeNumber(values.bookingWindowDays),
    priceCents: values.price.trim() === '' ? undefined : (parseEuros(values.price) ?? Number.NaN),
    creditCost: optionalWholeNumber(values.creditCost),
    includedInPlan: values.includedInPlan,
    active: values.active,
  });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: {
      ...crossFieldErrors(values, openingHours),
      ...zodIssuesToFields(result.error, resourceFieldOf),
    },
  };
}

/** The `saveResource` request: a new resource has no id yet, the server gives it one. */
export function saveResourceRequest(resourceId: string | null, fields: ResourceFields): SaveResourceRequest {
  return resourceId === null ? { resource: fields } : { resourceId, resource: fields };
}

/**
 * The server's issues (paths under `resource.`) as field messages; issues matching no field are
 * kept apart for the form's alert.
 */
export function resourceIssuesToFields(issues: readonly FieldIssue[]): {
  fields: FieldErrors<ResourceField>;
  other: FieldIssue[];
} {
  return issuesToFields(
    issues.map((issue) => ({ ...issue, path: issue.path.replace(/^resource\./, '') })),
    resourceFieldOf,
  );
}

/** The messages of one weekday of the editor: for the day as a whole, and per range. */
export function dayErrors(
  errors: FieldErrors<ResourceField>,
  day: Weekday,
): { day: string | undefined; ranges: Record<number, string> } {
  const ranges: Record<number, string> = {};
  for (const [field, code] of Object.entries(errors)) {
    const match = /^openingHours\.(\d)\.(\d+)$/.exec(field);
    if (match?.[1] === day && typeof code === 'string') ranges[Number(match[2])] = code;
  }
  return { day: errors[`openingHours.${day}`], ranges };
}
