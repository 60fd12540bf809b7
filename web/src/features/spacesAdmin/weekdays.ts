// The week as staff read it in France, Monday first, over the schema's keys, which follow
// JavaScript's numbering ('0' = Sunday).
import type { Weekday } from '@agora/domain';

export const WEEKDAYS_MONDAY_FIRST: readonly Weekday[] = ['1', '2', '3', '4', '5', '6', '0'];

/** Monday to Friday: what "jours ouvrés" means for the copy helper. */
export const WORKING_DAYS: readonly Weekday[] = ['1', '2', '3', '4', '5'];

/** Keys of spacesAdmin.weekdays and spacesAdmin.weekdaysShort. */
export const WEEKDAY_NAMES = {
  '0': 'sunday',
  '1': 'monday',
  '2': 'tuesday',
  '3': 'wednesday',
  '4': 'thursday',
  '5': 'friday',
  '6': 'saturday',
} as const satisfies Record<Weekday, string>;
export type WeekdayName = (typeof WEEKDAY_NAMES)[Weekday];

/** Column of a weekday in a Monday-first week: Monday 0 … Sunday 6. */
export function mondayFirstIndex(weekday: Weekday): number {
  return (Number(weekday) + 6) % 7;
}
