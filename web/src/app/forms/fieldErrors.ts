// Form errors of the staff form screens: each field holds a message key, either one of the domain's
// validation keys (validationMessage) or one of the feature's own fieldErrors, shown under the field.
import { toFieldIssues, type FieldIssue } from '@agora/domain';
import type { z } from 'zod';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Parsed form: the value to send, or the errors to show. */
export type Parsed<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

/**
 * Sorts issues (from zod here or from a callable's details.issues) to the form fields they concern;
 * the first issue of a field wins. Issues matching no field are kept apart, for a form-level alert.
 */
export function issuesToFields<K extends string>(
  issues: readonly FieldIssue[],
  fieldOf: (path: string) => K | null,
): { fields: FieldErrors<K>; other: FieldIssue[] } {
  const fields: FieldErrors<K> = {};
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === null) other.push(issue);
    else fields[field] ??= issue.code;
  }
  return { fields, other };
}

export function zodIssuesToFields<K extends string>(
  error: z.ZodError,
  fieldOf: (path: string) => K | null,
): FieldErrors<K> {
  return issuesToFields(toFieldIssues(error), fieldOf).fields;
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

/** The errors without those whose field `stale` matches (a group edited together, like a day's ranges). */
export function withoutMatchingErrors<K extends string>(
  errors: FieldErrors<K>,
  stale: (field: K) => boolean,
): FieldErrors<K> {
  const kept = Object.entries(errors).filter(([field]) => !stale(field as K));
  if (kept.length === Object.keys(errors).length) return errors;
  return Object.fromEntries(kept) as FieldErrors<K>;
}
