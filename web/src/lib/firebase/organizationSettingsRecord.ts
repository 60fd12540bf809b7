// `settings/organization` as the settings page reads it: the stored document as it is (so a
// document that no longer fits the schema still fills the form) and its check against
// organizationSettingsSchema (the settings, or the issues to show under the fields). Free of SDK
// instances: unit-tested on its own.
import {
  organizationSettingsSchema,
  toFieldIssues,
  type FieldIssue,
  type OrganizationSettings,
} from '@agora/domain';
import { record, type Fields } from './fields.ts';

export type OrganizationSettingsDocument =
  /** No admin has saved the settings yet: the page starts from defaults. */
  | { exists: false; raw: Fields; settings: null; issues: [] }
  | { exists: true; raw: Fields; settings: OrganizationSettings; issues: [] }
  /** Stored, but not valid under the current schema (older document, edited by hand). */
  | { exists: true; raw: Fields; settings: null; issues: FieldIssue[] };

export function readOrganizationSettings(exists: boolean, data: unknown): OrganizationSettingsDocument {
  if (!exists) return { exists: false, raw: {}, settings: null, issues: [] };
  const raw = record(data) ?? {};
  const parsed = organizationSettingsSchema.safeParse(raw);
  return parsed.success
    ? { exists: true, raw, settings: parsed.data, issues: [] }
    : { exists: true, raw, settings: null, issues: toFieldIssues(parsed.error) };
}
