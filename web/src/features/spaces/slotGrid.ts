// The slot grid as the member sees it: each local day a column of slots, each slot in one state
// (free, or why it cannot be booked), the state e2e tests read from `data-state`.
import type { SlotAvailability, UnavailableReason } from '@agora/domain';
import type { IsoDate } from '../sessions/time.ts';

export type SlotState = 'free' | UnavailableReason;
export const SLOT_STATES: readonly SlotState[] = ['free', 'full', 'blocked', 'closed', 'notice', 'window'];

export function slotState(slot: Pick<SlotAvailability, 'available' | 'reason'>): SlotState {
  // An unavailable slot always carries its reason; 'closed' covers a missing one all the same.
  return slot.available ? 'free' : (slot.reason ?? 'closed');
}

export interface GridColumn {
  date: IsoDate;
  slots: SlotAvailability[];
}

/** One column per day shown, in order, each with its slots in time order (a closed day is empty). */
export function gridColumns(days: readonly IsoDate[], slots: readonly SlotAvailability[]): GridColumn[] {
  const byDay = new Map<IsoDate, SlotAvailability[]>(days.map((day) => [day, []]));
  for (const slot of slots) byDay.get(slot.localDate)?.push(slot);
  return days.map((date) => ({
    date,
    slots: (byDay.get(date) ?? []).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  }));
}

/** The stable test id of a slot button: `slot-2026-06-01-09:00`. */
export function slotTestId(slot: Pick<SlotAvailability, 'localDate' | 'localTime'>): string {
  return `slot-${slot.localDate}-${slot.localTime}`;
}

/** Whether the free-seat count is worth saying: only where several people share the resource. */
export function showsSeats(capacity: number, state: SlotState): boolean {
  return capacity > 1 && state === 'free';
}
