// What the calendar's cells and chips ask the page to do; the page owns the dialogs.
import type { ResourceRecord, SpaceBlockInterval, SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import type { DaySlot } from '../slotStates.ts';

export interface CalendarActions {
  /** A booking from this slot ("Nouvelle réservation"). */
  onNewBooking: (resource: ResourceRecord, slot: DaySlot, daySlots: readonly DaySlot[]) => void;
  /** The block dialog, prefilled with this slot. */
  onBlockSlot: (resource: ResourceRecord, slot: DaySlot) => void;
  onOpenBooking: (booking: SpaceBookingRecord) => void;
  onOpenBlock: (block: SpaceBlockInterval, resourceId: string) => void;
  /** Opens the day view of a day (from a week or month header). */
  onOpenDay: (localDate: string, resourceId?: string) => void;
}
