// The reminder lead times list (hours before a booking): what "add" accepts, so the chips only
// ever hold values the schema takes (whole hours 1..720, five at most, each once), longest first.
import { parseWholeNumber } from '../../app/forms/fieldErrors.ts';

export const MAX_LEAD_TIMES = 5;
export const MIN_LEAD_TIME_HOURS = 1;
export const MAX_LEAD_TIME_HOURS = 720;

/** A domain message key (bounds, count) or this feature's own (a repeated value). */
export type LeadTimeError = 'reminderLeadTimesInvalid' | 'leadTimeDuplicate';

export function addLeadTime(
  list: readonly number[],
  typed: string,
): { ok: true; list: number[] } | { ok: false; error: LeadTimeError } {
  const hours = parseWholeNumber(typed);
  if (!Number.isInteger(hours) || hours < MIN_LEAD_TIME_HOURS || hours > MAX_LEAD_TIME_HOURS) {
    return { ok: false, error: 'reminderLeadTimesInvalid' };
  }
  if (list.includes(hours)) return { ok: false, error: 'leadTimeDuplicate' };
  if (list.length >= MAX_LEAD_TIMES) return { ok: false, error: 'reminderLeadTimesInvalid' };
  return { ok: true, list: [...list, hours].sort((a, b) => b - a) };
}

export function removeLeadTime(list: readonly number[], hours: number): number[] {
  return list.filter((item) => item !== hours);
}
