// The sentence for a failed space callable: its refusal in words (naming the member), or the
// app's generic callable messages; and the field issues it carried, for the form's fields.
import type { TFunction } from 'i18next';
import { validationMessage, type FieldIssue, type Locale } from '@agora/domain';
import { bookingRefusal } from '../../app/errors/bookingRefusal.ts';
import { callableErrorKey } from '../../app/errors/callableErrorKey.ts';
import { CallableError } from '../../lib/firebase/callableError.ts';

export function failureText(t: TFunction, error: unknown, name = ''): string {
  // spacesAdmin.failures words every booking refusal (staff can act on each).
  const failed = bookingRefusal(error);
  return failed
    ? t(`spacesAdmin.failures.${failed}`, { name })
    : t(`errors.callable.${callableErrorKey(error)}`);
}

/** The issues of an `invalid-argument` answer (none for other failures). */
export function failureIssues(error: unknown): FieldIssue[] {
  return error instanceof CallableError ? error.issues : [];
}

/**
 * Why an image upload (a resource photo, the logo) failed: the file's own issue when the server
 * refused it (it reads the type from the bytes, so a renamed file is said the same way), else the
 * callable's failure.
 */
export function uploadFailureText(
  t: TFunction,
  error: unknown,
  fileCodes: readonly string[],
  locale: Locale,
): string {
  const issue = failureIssues(error).find((found) => fileCodes.includes(found.code));
  return issue ? validationMessage(issue.code, locale) : failureText(t, error);
}
