// The choices of a booking once its start is picked: how long (the lengths `canBook` accepts from
// there), how many seats (shared resources only) and how to pay (the ways the resource accepts).
// Native selects: phones show their own picker.
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { PAY_WITH, type PayWith } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../sessions/time.ts';
import { useFormatDuration } from '../hooks/useFormatDuration.ts';
import type { DurationChoice } from '../selection.ts';

export function BookingOptions(props: {
  slotMinutes: number;
  timeZone: string;
  durations: DurationChoice[];
  slotCount: number;
  seatOptions: number[];
  seats: number;
  /** Ask for seats only where several people share the resource. */
  askSeats: boolean;
  payOptions: PayWith[];
  payWith: PayWith | null;
  onSlotCountChange: (slotCount: number) => void;
  onSeatsChange: (seats: number) => void;
  onPayWithChange: (payWith: PayWith) => void;
}) {
  const { t } = useTranslation();
  const formatDuration = useFormatDuration();
  return (
    <Stack spacing={2}>
      <TextField
        id="space-duration"
        select
        size="small"
        label={t('spaces.booking.duration')}
        value={String(props.slotCount)}
        onChange={(event) => props.onSlotCountChange(Number(event.target.value))}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        {props.durations.map((choice) => (
          <option key={choice.slotCount} value={choice.slotCount}>
            {t('spaces.booking.durationOption', {
              duration: formatDuration(choice.slotCount * props.slotMinutes),
              time: formatTime(new Date(choice.end), props.timeZone),
            })}
          </option>
        ))}
      </TextField>
      {props.askSeats && (
        <TextField
          id="space-seats"
          select
          size="small"
          label={t('spaces.booking.seats')}
          value={String(props.seats)}
          onChange={(event) => props.onSeatsChange(Number(event.target.value))}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          {props.seatOptions.map((seats) => (
            <option key={seats} value={seats}>
              {seats}
            </option>
          ))}
        </TextField>
      )}
      <FormControl>
        <FormLabel id="space-pay-with-label">{t('spaces.booking.payWith')}</FormLabel>
        <RadioGroup
          aria-labelledby="space-pay-with-label"
          name="space-pay-with"
          value={props.payWith ?? ''}
          onChange={(event) => {
            const method = PAY_WITH.find((candidate) => candidate === event.target.value);
            if (method) props.onPayWithChange(method);
          }}
        >
          {props.payOptions.map((method) => (
            <FormControlLabel
              key={method}
              value={method}
              control={<Radio size="small" />}
              label={t(`spaces.booking.methods.${method}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
    </Stack>
  );
}
