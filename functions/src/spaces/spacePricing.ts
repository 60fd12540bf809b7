// What a space booking costs and how the messages say it was paid.
import type { SlotAvailability } from '@agora/domain';

/** Bookings are priced per slot: a 2-hour booking of hourly slots costs two slots. */
export function slotCount(slots: readonly SlotAvailability[]): number {
  return slots.length;
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

export function paidText(
  method: string,
  credits: number,
  amountCents: number | undefined,
): string | undefined {
  switch (method) {
    case 'credits':
      return `${String(credits)} crédit${credits > 1 ? 's' : ''}`;
    case 'card':
      return amountCents === undefined ? undefined : `${euros.format(amountCents / 100)} par carte`;
    case 'plan':
      return 'inclus dans votre forfait';
    default:
      return undefined;
  }
}
