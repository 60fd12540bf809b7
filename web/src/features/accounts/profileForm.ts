// Profile form state and its mapping to the domain schemas: what the fields hold, what
// saveProfile receives, and which field each validation issue belongs to.
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { PROFILE_STATUSES, toFieldIssues, type FieldIssue, type ProfileStatus } from '@agora/domain';
import type { z } from 'zod';
import type { AuthErrorKey, StoredUser } from '../../lib/firebase/index.ts';

export interface ProfileFormValues {
  firstName: string;
  lastName: string;
  phone: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
  /** The picker's value; may be an invalid date while the user is typing. */
  birthDate: Dayjs | null;
  status: ProfileStatus | '';
  smsOptIn: boolean;
}

export const EMPTY_PROFILE: ProfileFormValues = {
  firstName: '',
  lastName: '',
  phone: '',
  line1: '',
  line2: '',
  postalCode: '',
  city: '',
  country: 'FR',
  birthDate: null,
  status: '',
  smsOptIn: false,
};

export function profileValuesFromUser(user: StoredUser | null | undefined): ProfileFormValues {
  if (!user) return EMPTY_PROFILE;
  return {
    firstName: user.firstName ?? '',
    lastName: user.lastName ?? '',
    phone: user.phone ?? '',
    line1: user.address?.line1 ?? '',
    line2: user.address?.line2 ?? '',
    postalCode: user.address?.postalCode ?? '',
    city: user.address?.city ?? '',
    country: user.address?.country ?? 'FR',
    birthDate: user.birthDate ? dayjs(user.birthDate) : null,
    status: profileStatusOf(user.status) ?? '',
    smsOptIn: user.smsOptIn ?? false,
  };
}

/** The birth date as saveProfile wants it (YYYY-MM-DD); a half-typed date fails validation. */
export function birthDateValue(date: Dayjs | null): string {
  if (date === null) return '';
  return date.isValid() ? date.format('YYYY-MM-DD') : 'invalid';
}

/** Raw profile fields in the shape of profileFieldsSchema (validated by the caller). */
export function profileFieldsInput(values: ProfileFormValues) {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    phone: values.phone,
    address: {
      line1: values.line1,
      line2: values.line2,
      postalCode: values.postalCode,
      city: values.city,
      country: values.country,
    },
    birthDate: birthDateValue(values.birthDate),
    status: values.status,
    smsOptIn: values.smsOptIn,
  };
}

export const FIELD_NAMES = [
  'firstName',
  'lastName',
  'phone',
  'address.line1',
  'address.line2',
  'address.postalCode',
  'address.city',
  'address.country',
  'birthDate',
  'status',
  'smsOptIn',
  'email',
  'password',
  'passwordConfirmation',
  'consent',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** A field message: a domain validation key (validationMessage) or an Auth error (errors.auth.*). */
export type FieldError = { kind: 'validation'; code: string } | { kind: 'auth'; key: AuthErrorKey };
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

function fieldNameOf(path: string): FieldName | null {
  if (path === 'consent' || path.startsWith('consent.')) return 'consent';
  return FIELD_NAMES.find((name) => name === path) ?? null;
}

export interface MappedIssues {
  fields: FieldErrors;
  /** Issues that match no field on the form (shown as one message above the button). */
  other: FieldIssue[];
}

/** Sorts issues (from zod here or from the server's details.issues) to the fields they concern. */
export function mapIssues(issues: readonly FieldIssue[]): MappedIssues {
  const fields: FieldErrors = {};
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    const name = fieldNameOf(issue.path);
    if (name === null) other.push(issue);
    else fields[name] ??= { kind: 'validation', code: issue.code };
  }
  return { fields, other };
}

export function mapZodError(error: z.ZodError): MappedIssues {
  return mapIssues(toFieldIssues(error));
}

/** The part of the form errors that the given field change makes stale. */
export function withoutErrors(errors: FieldErrors, names: readonly FieldName[]): FieldErrors {
  if (!names.some((name) => errors[name])) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([name]) => !names.some((n) => n === name)));
}

const VALUE_FIELDS: Record<keyof ProfileFormValues, FieldName> = {
  firstName: 'firstName',
  lastName: 'lastName',
  phone: 'phone',
  line1: 'address.line1',
  line2: 'address.line2',
  postalCode: 'address.postalCode',
  city: 'address.city',
  country: 'address.country',
  birthDate: 'birthDate',
  status: 'status',
  smsOptIn: 'smsOptIn',
};

/** Field names whose errors a change of these values clears (postal code rules depend on country). */
export function fieldsOf(patch: Partial<ProfileFormValues>): FieldName[] {
  const names = (Object.keys(patch) as (keyof ProfileFormValues)[]).map((key) => VALUE_FIELDS[key]);
  return names.includes('address.country') ? [...names, 'address.postalCode'] : names;
}

/** A stored status narrowed to the known values (unknown ones show as missing). */
export function profileStatusOf(value: string | undefined): ProfileStatus | undefined {
  return PROFILE_STATUSES.find((status) => status === value);
}
