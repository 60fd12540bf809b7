// Date pickers in the organisation's zone: staff read and type Paris wall clocks whatever their
// computer's zone. Instants go through the domain's zone arithmetic (the one availability uses), and
// calendar days stay 'YYYY-MM-DD' text, which no zone can shift.
import dayjs, { type Dayjs } from 'dayjs';
import { wallTimeToInstant } from '@agora/domain';
// Registers dayjs' utc and timezone plugins, which `.tz()` below needs.
import '../../app/dates.ts';

/** An instant as the date-time pickers show it: a dayjs value in the organisation's zone. */
export function pickerValueAt(instant: number | Date, timeZone: string): Dayjs {
  return dayjs(instant).tz(timeZone);
}

/**
 * The instant a date-time picker's value names: its wall clock read in the organisation's zone (a
 * time skipped in spring reads as the instant the clock jumps). Null when empty, 'invalid' while
 * partly typed.
 */
export function pickerInstant(value: Dayjs | null, timeZone: string): Date | null | 'invalid' {
  if (value === null) return null;
  if (!value.isValid()) return 'invalid';
  const instant = wallTimeToInstant(
    value.format('YYYY-MM-DD'),
    value.hour() * 60 + value.minute(),
    timeZone,
    'earliest',
  );
  return Number.isFinite(instant) ? new Date(instant) : 'invalid';
}

/** A calendar day as a date picker's value. */
export function dayPickerValue(localDate: string): Dayjs {
  return dayjs(localDate);
}

/** A date picker's day as 'YYYY-MM-DD'; null while empty or partly typed. */
export function pickedDay(value: Dayjs | null): string | null {
  return value !== null && value.isValid() ? value.format('YYYY-MM-DD') : null;
}
