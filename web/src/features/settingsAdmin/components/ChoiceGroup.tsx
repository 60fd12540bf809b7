// A radio group whose every choice carries a line of help (VAT regime, kind of credits): the help
// says what the choice changes on invoices, so the admin need not know the tax terms.
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';

export function ChoiceGroup<Value extends string>(props: {
  id: string;
  label: string;
  choices: readonly Value[];
  value: Value;
  onChange: (value: Value) => void;
  choiceLabel: (value: Value) => string;
  choiceHelp: (value: Value) => string;
  disabled: boolean;
  error?: string;
}) {
  const labelId = `${props.id}-label`;
  return (
    <FormControl error={Boolean(props.error)} disabled={props.disabled}>
      <FormLabel id={labelId} sx={{ fontWeight: 600 }}>
        {props.label}
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        name={props.id}
        value={props.value}
        onChange={(event) => {
          const chosen = props.choices.find((choice) => choice === event.target.value);
          if (chosen) props.onChange(chosen);
        }}
      >
        {props.choices.map((choice) => (
          <FormControlLabel
            key={choice}
            value={choice}
            control={<Radio id={`${props.id}-${choice}`} />}
            sx={{ alignItems: 'flex-start', mt: 1, '& .MuiRadio-root': { pt: 0.25 } }}
            label={
              <>
                <Typography>{props.choiceLabel(choice)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {props.choiceHelp(choice)}
                </Typography>
              </>
            }
          />
        ))}
      </RadioGroup>
      {props.error && <FormHelperText>{props.error}</FormHelperText>}
    </FormControl>
  );
}
