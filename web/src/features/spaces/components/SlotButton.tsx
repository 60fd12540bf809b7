// One slot of the grid: its local start time and state. Only free slots can be clicked; every slot
// carries `data-testid="slot-<day>-<HH:MM>"` and `data-state`, which browser tests read.
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SlotAvailability } from '@agora/domain';
import { showsSeats, slotState, slotTestId } from '../slotGrid.ts';

export function SlotButton(props: {
  slot: SlotAvailability;
  capacity: number;
  /** The slot is part of the booking being prepared. */
  selected: boolean;
  /** The day in words, for screen readers (the column head is visual). */
  dayName: string;
  onSelect: (slot: SlotAvailability) => void;
}) {
  const { t } = useTranslation();
  const { slot } = props;
  const state = slotState(slot);
  const stateText = t(`spaces.slotStates.${state}`);
  const detail = showsSeats(props.capacity, state)
    ? `${stateText} · ${t('spaces.seatsLeft', { count: slot.seatsLeft })}`
    : stateText;
  return (
    <Button
      fullWidth
      size="small"
      variant={props.selected ? 'contained' : 'outlined'}
      color={state === 'free' ? 'primary' : 'inherit'}
      disabled={state !== 'free'}
      aria-pressed={props.selected}
      aria-label={t('spaces.calendar.slotLabel', { day: props.dayName, time: slot.localTime, state: detail })}
      data-testid={slotTestId(slot)}
      data-state={state}
      data-selected={props.selected ? 'true' : 'false'}
      onClick={() => props.onSelect(slot)}
      sx={{ flexDirection: 'column', alignItems: 'stretch', py: 0.5, lineHeight: 1.2, textTransform: 'none' }}
    >
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {slot.localTime}
      </Typography>
      <Typography component="span" variant="caption">
        {detail}
      </Typography>
    </Button>
  );
}
