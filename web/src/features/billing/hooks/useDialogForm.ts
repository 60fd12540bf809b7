// The state of a staff form dialog: the values typed, the messages under the fields, and why the
// last save failed; and its submission, which keeps the dialog busy while saving.
import { useState } from 'react';
import { withoutFieldErrors, type FieldErrors, type Parsed } from '../fieldErrors.ts';
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
  const change = (patch: Partial<Values>, stale: readonly Field[] = Object.keys(patch) as Field[]) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutFieldErrors(current, stale));
    setFailure(null);
  };

  /** A TextField's error state and the text below it: the field's message, else its hint. */
  const feedback = (field: Field, hint?: string) => ({
    error: Boolean(errors[field]),
    helperText: issueText(errors[field]) ?? hint,
  });

  /** Shows what does not parse, or saves the parsed value; a failure is kept for the form's alert. */
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

  return { values, errors, setErrors, failure, change, feedback, submit };
}
