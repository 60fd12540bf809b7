// The sentence for a failed space callable: its refusal in words (naming the member), or the
// app's generic callable messages; and the field issues it carried, for the form's fields.
import type { TFunction } from 'i18next';
import type { FieldIssue } from '@agora/domain';
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
