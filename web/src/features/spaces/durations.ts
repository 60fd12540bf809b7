// Lengths of slots and bookings, split for "1 h", "1 h 30", "45 min".

export function minutesParts(totalMinutes: number): { hours: number; minutes: number } {
  const total = Math.max(0, Math.round(totalMinutes));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** Which duration text fits: hours alone, hours and minutes, or minutes alone. */
export function durationKey(totalMinutes: number): 'hours' | 'hoursMinutes' | 'minutes' {
  const { hours, minutes } = minutesParts(totalMinutes);
  if (hours === 0) return 'minutes';
  return minutes === 0 ? 'hours' : 'hoursMinutes';
}
