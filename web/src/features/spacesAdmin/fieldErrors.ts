// Form errors of the staff space screens: the shared form errors (app/forms), the message keys of
// spacesAdmin.fieldErrors, and the removal of a whole group of stale messages at once.
import { isValidationMessageKey } from '@agora/domain';
import type { FieldErrors } from '../../app/forms/fieldErrors.ts';

export {
  issuesToFields,
  parseWholeNumber,
  withoutFieldErrors,
  zodIssuesToFields,
  type FieldErrors,
  type Parsed,
} from '../../app/forms/fieldErrors.ts';

/** Keys of spacesAdmin.fieldErrors: what no domain schema says (dates typed, members chosen...). */
export const SPACES_FIELD_ERRORS = [
  'dateInvalid',
  'memberRequired',
  'payWithRequired',
  'seatsAboveLeft',
  'durationRequired',
  'startRequired',
] as const;
export type SpacesFieldError = (typeof SPACES_FIELD_ERRORS)[number];

export function isSpacesFieldError(code: string): code is SpacesFieldError {
  return !isValidationMessageKey(code) && SPACES_FIELD_ERRORS.some((key) => key === code);
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
