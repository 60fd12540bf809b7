// The state of a staff form dialog: the values typed, the messages under the fields, and why the
// last save failed; and its submission, which keeps the dialog busy while saving. Like the billing
// dialogs', with stale messages named by a test as well as by a list (a weekday's ranges go
// together, whatever their number).
import { useState } from 'react';
import { withoutFieldErrors, withoutMatchingErrors, type FieldErrors, type Parsed } from '../fieldErrors.ts';
import { useIssueText } from './useIssueText.ts';

export function useDialogForm<Values extends object, Field extends string>(
  initial: Values | (() => Values),
  setBusy: (busy: boolean) => void,
) {
  const issueText = useIssueText();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<string | null>(null);

  /** Applies an edit: the messages of `stale` (the fields edited, unless told) and the failure go. */
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
   * Shows what does not parse, or saves the parsed value. A failed save gives its alert text, and
   * may give field messages too (the server's issues).
   */
  const submit = async <Value>(
    parsed: Parsed<Value, Field>,
    save: (value: Value) => Promise<void>,
    failed: (error: unknown, value: Value) => { text: string | null; fields?: FieldErrors<Field> },
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
      const outcome = failed(error, parsed.value);
      setFailure(outcome.text);
      if (outcome.fields) setErrors(outcome.fields);
    } finally {
      setBusy(false);
    }
  };

  return { values, errors, failure, setFailure, change, feedback, issueText, submit };
}
