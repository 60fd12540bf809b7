// Texts of the member's credits pages (shop, checkout, wallet, subscription), in both languages.
import type { Widen } from '../../app/i18n/widen.ts';

export const creditsFr = {
  title: 'Crédits',
};

export const creditsEn: Widen<typeof creditsFr> = {
  title: 'Credits',
};
