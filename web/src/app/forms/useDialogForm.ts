// The state of a staff form dialog: the values typed, the messages under the fields, and why the
// last save failed; and its submission, which keeps the dialog busy while saving.
import { useState } from 'react';
import { withoutFieldErrors, withoutMatchingErrors, type FieldErrors, type Parsed } from './fieldErrors.ts';
import { useIssueText, type OwnIssueText } from './useIssueText.ts';

/** `ownIssueText` words the feature's own field messages (see useIssueText). */
export function useDialogForm<Values extends object, Field extends string>(
  initial: Values | (() => Values),
  setBusy: (busy: boolean) => void,
  ownIssueText: OwnIssueText,
) {
  const issueText = useIssueText(ownIssueText);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<string | null>(null);

  /**
   * Applies an edit: the messages of `stale` (the fields edited, unless told; or those a test
   * matches, for a group edited together like a weekday's ranges) and the failure go.
   */
  const change = (
    patch: Partial<Values>,
    stale: readonly Field[] | ((field: Field) => boolean) = Object.keys(patch) as Field[],
  ) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) =>
      typeof stale === 'function'
        ? withoutMatchingErrors(current, stale)
        : withoutFieldErrors(current, stale),
    );
    setFailure(null);
  };

  /** A TextField's error state and the text below it: the field's message, else its hint. */
  const feedback = (field: Field, hint?: string) => ({
    error: Boolean(errors[field]),
    helperText: issueText(errors[field]) ?? hint,
  });

  /**
   * Shows what does not parse, or saves the parsed value; a failure is kept for the form's alert
   * (`failureText` may also place the server's issues under the fields, with setErrors).
   */
  const submit = async <Value>(
    parsed: Parsed<Value, Field>,
    save: (value: Value) => Promise<void>,
    failureText: (error: unknown, value: Value) => string,
  ) => {
    setFailure(null);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await save(parsed.value);
    } catch (error) {
      setFailure(failureText(error, parsed.value));
    } finally {
      setBusy(false);
    }
  };

  return { values, errors, setErrors, failure, change, feedback, issueText, submit };
}
