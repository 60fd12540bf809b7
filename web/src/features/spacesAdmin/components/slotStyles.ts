// How each slot state looks in the calendar grids and legend: free plain, booked tinted, blocked
// hatched, closed greyed. Text says the state too, so colour is never the only cue.
import { alpha, type Theme } from '@mui/material/styles';
import type { SlotState } from '../slotStates.ts';

export interface SlotLook {
  backgroundColor?: string;
  backgroundImage?: string;
}

export const SLOT_LOOKS: Record<SlotState, (theme: Theme) => SlotLook> = {
  free: (theme) => ({ backgroundColor: theme.palette.background.paper }),
  booked: (theme) => ({ backgroundColor: alpha(theme.palette.primary.main, 0.1) }),
  blocked: (theme) => ({
    backgroundImage: `repeating-linear-gradient(135deg, ${alpha(theme.palette.warning.main, 0.18)} 0 6px, transparent 6px 12px)`,
  }),
  closed: (theme) => ({ backgroundColor: theme.palette.action.disabledBackground }),
};

/** Hours without any slot in a column (between opening ranges). */
export function emptyLook(theme: Theme): SlotLook {
  return { backgroundColor: theme.palette.action.hover };
}
