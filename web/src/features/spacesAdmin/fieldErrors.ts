// Form errors of the staff space screens: the shared form errors (app/forms), and the message keys
// of spacesAdmin.fieldErrors.
import { isValidationMessageKey } from '@agora/domain';
import type { OwnIssueText } from '../../app/forms/useIssueText.ts';

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

/** The sentence of a spacesAdmin.fieldErrors key (useIssueText); undefined for other codes. */
export const spacesIssueText: OwnIssueText = (t, code, count) =>
  isSpacesFieldError(code) ? t(`spacesAdmin.fieldErrors.${code}`, { count }) : undefined;
