// Edits of the resource dialog's list fields: amenities typed as chips, closed dates picked one by
// one. Lists stay free of blanks and repeats, and dates stay in calendar order.
import { AMENITY_MAX_LENGTH, isLocalDate, MAX_AMENITIES, MAX_CLOSED_DATES } from '@agora/domain';

/**
 * The amenities with `typed` added: trimmed, once whatever its case ("wi-fi" after "Wi-Fi" is the
 * same), never beyond the schema's bounds. Unchanged when there is nothing to add.
 */
export function addAmenity(amenities: readonly string[], typed: string): string[] {
  const amenity = typed.trim().replace(/\s+/g, ' ');
  const seen = amenities.some((existing) => existing.toLocaleLowerCase() === amenity.toLocaleLowerCase());
  if (amenity === '' || amenity.length > AMENITY_MAX_LENGTH || seen || amenities.length >= MAX_AMENITIES) {
    return [...amenities];
  }
  return [...amenities, amenity];
}

/** The closed dates with `localDate` added, in order, once; an invalid date changes nothing. */
export function addClosedDate(closedDates: readonly string[], localDate: string): string[] {
  if (!isLocalDate(localDate) || closedDates.includes(localDate) || closedDates.length >= MAX_CLOSED_DATES) {
    return [...closedDates];
  }
  return [...closedDates, localDate].sort();
}

/** Closed dates before `today` no longer matter to bookings: shown apart so the list stays short. */
export function splitClosedDates(
  closedDates: readonly string[],
  today: string,
): { upcoming: string[]; past: string[] } {
  return {
    upcoming: closedDates.filter((day) => day >= today),
    past: closedDates.filter((day) => day < today),
  };
}
