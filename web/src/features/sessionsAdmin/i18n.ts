// Texts of the staff session pages (sessions, attendees, exports), both languages.
import type { Widen } from '../../app/i18n/widen.ts';

export const sessionsAdminFr = {
  title: 'Sessions',
};

export const sessionsAdminEn: Widen<typeof sessionsAdminFr> = {
  title: 'Sessions',
};
