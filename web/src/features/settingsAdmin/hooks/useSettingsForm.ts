// The settings form's state: the values typed, the stored settings they started from (which may
// change live while the page is open), the messages under the fields, and the save through
// updateSettings with its outcome (the sections it changed, or why it failed).
import { useState } from 'react';
import { validationMessage, type FieldIssue } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { withoutFieldErrors, type FieldErrors } from '../../../app/forms/fieldErrors.ts';
import { useIssueText } from '../../../app/forms/useIssueText.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { isSameValue } from '../../../app/sameValue.ts';
import { CallableError, callUpdateSettings } from '../../../lib/firebase/callables.ts';
import {
  isSettingsField,
  settingsIssueText,
  settingsIssuesToFields,
  type SettingsField,
} from '../settingsFields.ts';
import { parseSettingsForm, settingsFormValues, type SettingsFormValues } from '../settingsForm.ts';

export type SaveOutcome =
  | { kind: 'saved'; changed: string[] }
  /** The text of the failure, and the issues no field shows (listed in the alert). */
  | { kind: 'failed'; message: string; issues: string[] };

interface State {
  /** The stored settings as form values: what "unchanged" means. */
  baseline: SettingsFormValues;
  values: SettingsFormValues;
  /** The values last saved from this page, until the stored settings catch up with them. */
  saved: SettingsFormValues | null;
  /** The stored settings changed under edits in progress: saving replaces those changes. */
  changedElsewhere: boolean;
}

export function useSettingsForm(baseline: SettingsFormValues, initialErrors: FieldErrors<SettingsField>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const issueText = useIssueText(settingsIssueText);
  const [state, setState] = useState<State>({
    baseline,
    values: baseline,
    saved: null,
    changedElsewhere: false,
  });
  const [errors, setErrors] = useState<FieldErrors<SettingsField>>(initialErrors);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  // New stored settings (saved here or elsewhere): untouched values follow them; edits in progress
  // stay, with a warning unless they are what this page just saved.
  if (state.baseline !== baseline) {
    const untouched = isSameValue(state.values, state.baseline);
    const ownSave = state.saved !== null && isSameValue(baseline, state.saved);
    setState({
      baseline,
      values: untouched ? baseline : state.values,
      saved: ownSave ? null : state.saved,
      changedElsewhere: !untouched && !ownSave && !isSameValue(state.values, baseline),
    });
  }

  const { values } = state;
  const dirty =
    !isSameValue(values, state.baseline) && (state.saved === null || !isSameValue(values, state.saved));

  /** Applies an edit: the messages of the fields edited (those of the patch, unless told) go. */
  const change = (patch: Partial<SettingsFormValues>, stale?: readonly SettingsField[]) => {
    setState((current) => ({ ...current, values: { ...current.values, ...patch } }));
    const fields = stale ?? Object.keys(patch).filter(isSettingsField);
    setErrors((current) => withoutFieldErrors(current, fields));
    setOutcome(null);
  };

  /** A TextField's error state and the text below it: the field's message, else its hint. */
  const feedback = (field: SettingsField, hint?: string) => ({
    error: Boolean(errors[field]),
    helperText: issueText(errors[field]) ?? hint,
  });

  const failure = (error: unknown): SaveOutcome => {
    const issues: readonly FieldIssue[] = error instanceof CallableError ? error.issues : [];
    const { fields, other } = settingsIssuesToFields(issues);
    setErrors(fields);
    if (other.length > 0) {
      return {
        kind: 'failed',
        message: t('settingsAdmin.otherIssues'),
        issues: other.map((issue) => `${issue.path} : ${validationMessage(issue.code, locale)}`),
      };
    }
    const placed = Object.keys(fields).length > 0;
    const message = placed ? t('settingsAdmin.fixFields') : t(`errors.callable.${callableErrorKey(error)}`);
    return { kind: 'failed', message, issues: [] };
  };

  const save = async () => {
    setOutcome(null);
    const parsed = parseSettingsForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setOutcome({ kind: 'failed', message: t('settingsAdmin.fixFields'), issues: [] });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { changed } = await callUpdateSettings({ settings: parsed.value });
      // The form shows what was stored (trimmed, grouped identifiers compacted), as a reload would.
      const saved = settingsFormValues(parsed.value, locale);
      setState((current) => ({ ...current, values: saved, saved, changedElsewhere: false }));
      setOutcome({ kind: 'saved', changed });
    } catch (error) {
      setOutcome(failure(error));
    } finally {
      setBusy(false);
    }
  };

  return {
    values,
    /** The stored settings as form values. */
    baseline: state.baseline,
    errors,
    busy,
    dirty,
    changedElsewhere: state.changedElsewhere,
    outcome,
    change,
    feedback,
    issueText,
    save,
  };
}

export type SettingsForm = ReturnType<typeof useSettingsForm>;
