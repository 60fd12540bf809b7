// `settings/organization`: the public part the interface needs (name, colour, time zone).
import { doc, onSnapshot } from 'firebase/firestore';
import { db } from './app.ts';

export interface OrganizationSummary {
  displayName: string | null;
  primaryColor: string | null;
  timeZone: string | null;
  legalName: string | null;
  contactEmail: string | null;
}

function stringAt(value: unknown, ...path: string[]): string | null {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current.trim() !== '' ? current : null;
}

/** Reads leniently: the interface must work before an admin completes the settings. */
export function toOrganizationSummary(data: unknown): OrganizationSummary {
  const color = stringAt(data, 'branding', 'primaryColor');
  return {
    displayName: stringAt(data, 'branding', 'displayName'),
    primaryColor: color && /^#[0-9a-fA-F]{6}$/.test(color) ? color : null,
    timeZone: stringAt(data, 'timeZone'),
    legalName: stringAt(data, 'legalEntity', 'name'),
    contactEmail: stringAt(data, 'legalEntity', 'email'),
  };
}

export function watchSettings(
  callback: (settings: OrganizationSummary | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'settings', 'organization'),
    (snapshot) => callback(snapshot.exists() ? toOrganizationSummary(snapshot.data()) : null),
    (error) => onError?.(error),
  );
}
