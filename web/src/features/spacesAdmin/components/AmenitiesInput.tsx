// Amenities of the resource dialog as chips: typed, added with Enter (or the button), removed with
// their cross. Enter never submits the dialog from here.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { AMENITY_MAX_LENGTH, MAX_AMENITIES } from '@agora/domain';
import { addAmenity } from '../listEdits.ts';

export function AmenitiesInput(props: {
  amenities: readonly string[];
  busy: boolean;
  error?: string;
  onChange: (amenities: string[]) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const full = props.amenities.length >= MAX_AMENITIES;

  const add = () => {
    const next = addAmenity(props.amenities, typed);
    if (next.length !== props.amenities.length) props.onChange(next);
    setTyped('');
  };

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          id="resource-amenity"
          size="small"
          label={t('spacesAdmin.amenities.label')}
          disabled={props.busy || full}
          value={typed}
          error={Boolean(props.error)}
          helperText={props.error ?? t('spacesAdmin.amenities.hint')}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
          slotProps={{ htmlInput: { maxLength: AMENITY_MAX_LENGTH, autoComplete: 'off' } }}
          sx={{ flex: 1 }}
        />
        <Button
          variant="outlined"
          disabled={props.busy || typed.trim() === ''}
          onClick={add}
          data-testid="amenity-add"
          sx={{ mt: 0.25 }}
        >
          {t('spacesAdmin.amenities.add')}
        </Button>
      </Stack>
      {props.amenities.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('spacesAdmin.amenities.empty')}
        </Typography>
      ) : (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {props.amenities.map((amenity) => (
            <Chip
              key={amenity}
              label={amenity}
              disabled={props.busy}
              onDelete={() => props.onChange(props.amenities.filter((other) => other !== amenity))}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
