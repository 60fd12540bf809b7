// `updateSettings` answers the top-level keys it changed: the success message names them as the
// page's sections do, in the page's order; a key this page does not know is shown as it is.

export const SETTINGS_SECTIONS = [
  'legalEntity',
  'vatRegime',
  'voucherMode',
  'invoicing',
  'timeZone',
  'defaultLocale',
  'branding',
  'policies',
  'modules',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export function changedSections(changed: readonly string[]): {
  known: SettingsSection[];
  unknown: string[];
} {
  return {
    known: SETTINGS_SECTIONS.filter((section) => changed.includes(section)),
    unknown: changed.filter((key) => !SETTINGS_SECTIONS.some((section) => section === key)),
  };
}
