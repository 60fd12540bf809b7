// One equality filter above a staff list (kind, status): "all" or one value, as a native select
// (phones show their own picker, tests pick by label).
import TextField from '@mui/material/TextField';

export function ChoiceSelect<T extends string>(props: {
  id: string;
  label: string;
  allLabel: string;
  value: T | 'all';
  values: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T | 'all') => void;
}) {
  return (
    <TextField
      id={props.id}
      select
      size="small"
      fullWidth
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(props.values.find((v) => v === event.target.value) ?? 'all')}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="all">{props.allLabel}</option>
      {props.values.map((value) => (
        <option key={value} value={value}>
          {props.labelOf(value)}
        </option>
      ))}
    </TextField>
  );
}
