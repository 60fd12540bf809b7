// Time zones offered by the settings field: the runtime's IANA list (what isTimeZone accepts),
// with the current value kept when the list lacks it (an alias such as "UTC", or a typing error
// that must stay visible with its message).
import { DEFAULT_TIME_ZONE } from '@agora/domain';

export function timeZoneOptions(current: string, available: readonly string[] = runtimeZones()): string[] {
  const zones = new Set(available);
  zones.add(DEFAULT_TIME_ZONE);
  if (current.trim() !== '') zones.add(current.trim());
  return [...zones].sort((a, b) => a.localeCompare(b));
}

function runtimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
