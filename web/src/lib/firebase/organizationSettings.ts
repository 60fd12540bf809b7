// `settings/organization` in full, live, for the admin settings page (public read). Kept apart
// from settings.ts (the summary every page reads): it brings the domain schema, which only this
// staff page needs.
import { doc, onSnapshot } from 'firebase/firestore';
import { db } from './app.ts';
import { readOrganizationSettings, type OrganizationSettingsDocument } from './organizationSettingsRecord.ts';

export type { OrganizationSettingsDocument } from './organizationSettingsRecord.ts';

export function watchOrganizationSettings(
  callback: (settings: OrganizationSettingsDocument) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'settings', 'organization'),
    (snapshot) => callback(readOrganizationSettings(snapshot.exists(), snapshot.data())),
    (error) => onError?.(error),
  );
}
