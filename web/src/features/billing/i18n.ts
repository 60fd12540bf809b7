// Texts of the staff billing pages (products, orders, subscriptions, companies, credit adjustments).
import type { Widen } from '../../app/i18n/widen.ts';

export const billingFr = {
  title: 'Facturation',
};

export const billingEn: Widen<typeof billingFr> = {
  title: 'Billing',
};
