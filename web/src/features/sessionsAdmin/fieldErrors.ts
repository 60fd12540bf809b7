// Form errors of the staff session screens: the shared form errors (app/forms), and the message
// keys of sessionsAdmin.fieldErrors.
import { isValidationMessageKey } from '@agora/domain';
import type { OwnIssueText } from '../../app/forms/useIssueText.ts';

export {
  parseWholeNumber,
  withoutFieldErrors,
  zodIssuesToFields,
  type FieldErrors,
  type Parsed,
} from '../../app/forms/fieldErrors.ts';

/** Keys of sessionsAdmin.fieldErrors: what no domain schema says (dates typed, seats taken...). */
export const SESSION_FIELD_ERRORS = ['dateInvalid', 'capacityBelowBooked', 'lmsUrlInvalid'] as const;
export type SessionFieldError = (typeof SESSION_FIELD_ERRORS)[number];

export function isSessionFieldError(code: string): code is SessionFieldError {
  return !isValidationMessageKey(code) && SESSION_FIELD_ERRORS.some((key) => key === code);
}

/** The sentence of a sessionsAdmin.fieldErrors key (useIssueText); undefined for other codes. */
export const sessionIssueText: OwnIssueText = (t, code, count) =>
  isSessionFieldError(code) ? t(`sessionsAdmin.fieldErrors.${code}`, { count }) : undefined;
