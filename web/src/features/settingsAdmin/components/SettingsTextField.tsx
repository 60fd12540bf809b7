// A text field bound to one text value of the settings form: its value, its edit, its message
// (or hint) and the busy state, so each section lists only what differs from field to field.
import TextField from '@mui/material/TextField';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import type { PlainSettingsField } from '../settingsFields.ts';
import type { SettingsFormValues } from '../settingsForm.ts';

/** The form's fields that hold free text. */
export type TextSettingsField = {
  [K in PlainSettingsField]: SettingsFormValues[K] extends string ? K : never;
}[PlainSettingsField];

export function SettingsTextField(props: {
  form: SettingsForm;
  field: TextSettingsField;
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
}) {
  const { form, field } = props;
  return (
    <TextField
      id={props.id}
      name={field}
      type={props.type ?? 'text'}
      label={props.label}
      required={props.required}
      autoComplete={props.autoComplete ?? 'off'}
      disabled={form.busy}
      value={form.values[field]}
      onChange={(event) => form.change({ [field]: event.target.value })}
      slotProps={{ htmlInput: { maxLength: props.maxLength, inputMode: props.inputMode } }}
      {...form.feedback(field, props.hint)}
    />
  );
}
