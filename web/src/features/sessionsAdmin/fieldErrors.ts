// Form errors of the staff session screens: each field holds a message key, either a domain
// validation key (validationMessage) or one of sessionsAdmin.fieldErrors, shown under the field.
import { isValidationMessageKey, toFieldIssues } from '@agora/domain';
import type { z } from 'zod';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** A parsed form: the value to write, or the errors to show. */
export type Parsed<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

/** Keys of sessionsAdmin.fieldErrors: what no domain schema says (dates typed, seats taken...). */
export const SESSION_FIELD_ERRORS = ['dateInvalid', 'capacityBelowBooked', 'lmsUrlInvalid'] as const;
export type SessionFieldError = (typeof SESSION_FIELD_ERRORS)[number];

export function isSessionFieldError(code: string): code is SessionFieldError {
  return !isValidationMessageKey(code) && SESSION_FIELD_ERRORS.some((key) => key === code);
}

/** The first issue of each field the schema reported; issues of unknown paths are dropped. */
export function zodIssuesToFields<K extends string>(
  error: z.ZodError,
  fieldOf: (path: string) => K | null,
): FieldErrors<K> {
  const fields: FieldErrors<K> = {};
  for (const issue of toFieldIssues(error)) {
    const field = fieldOf(issue.path);
    if (field !== null) fields[field] ??= issue.code;
  }
  return fields;
}

/** A whole number typed in a field ("12", " 12 "); NaN for anything else, which schemas reject. */
export function parseWholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Field errors without the given fields (the user changed them, the old message is stale). */
export function withoutFieldErrors<K extends string>(
  errors: FieldErrors<K>,
  fields: readonly K[],
): FieldErrors<K> {
  if (!fields.some((field) => errors[field] !== undefined)) return errors;
  const stale = new Set<string>(fields);
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !stale.has(field))) as FieldErrors<K>;
}
