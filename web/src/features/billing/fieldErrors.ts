// Form errors of the billing screens: the shared form errors (app/forms), and the message keys of
// billing.fieldErrors.
import type { OwnIssueText } from '../../app/forms/useIssueText.ts';

export {
  issuesToFields,
  parseWholeNumber,
  withoutFieldErrors,
  zodIssuesToFields,
  type FieldErrors,
  type Parsed,
} from '../../app/forms/fieldErrors.ts';

/** Keys of billing.fieldErrors: messages no domain schema carries (amounts typed in euros...). */
export const BILLING_FIELD_ERRORS = ['refundAmountInvalid', 'sortOrderInvalid', 'membersRequired'] as const;
export type BillingFieldError = (typeof BILLING_FIELD_ERRORS)[number];

export function isBillingFieldError(code: string): code is BillingFieldError {
  return BILLING_FIELD_ERRORS.some((key) => key === code);
}

/** The sentence of a billing.fieldErrors key (useIssueText); undefined for other codes. */
export const billingIssueText: OwnIssueText = (t, code) =>
  isBillingFieldError(code) ? t(`billing.fieldErrors.${code}`) : undefined;
