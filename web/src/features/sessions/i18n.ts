// Texts of the member's training-session pages (catalogue, session page, my bookings), both languages.
import type { Widen } from '../../app/i18n/widen.ts';

export const sessionsFr = {
  title: 'Formations',
};

export const sessionsEn: Widen<typeof sessionsFr> = {
  title: 'Training sessions',
};
