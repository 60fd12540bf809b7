// Why a span cannot be booked, in the member's words (French first), with a stable `reason` the
// web maps to its own translation.
import type { CanBookResult, ResourceFields } from '@agora/domain';
import { callableError } from '../lib/errors.ts';

type Refusal = Extract<CanBookResult, { ok: false }>['reason'];

export function cannotBook(reason: Refusal, resource: ResourceFields): Error {
  switch (reason) {
    case 'closed':
      return callableError('failed-precondition', 'Cet espace est fermé à cette date.', { reason });
    case 'blocked':
      return callableError('failed-precondition', 'Ce créneau est bloqué par l’équipe.', { reason });
    case 'notice':
      return callableError(
        'failed-precondition',
        `Ce créneau est trop proche : réservez au moins ${String(resource.minNoticeMinutes)} min à l’avance.`,
        { reason },
      );
    case 'window':
      return callableError(
        'failed-precondition',
        `Ce créneau est trop lointain : les réservations ouvrent ${String(resource.bookingWindowDays)} jours à l’avance.`,
        { reason },
      );
    case 'full':
      return callableError(
        'resource-exhausted',
        'Ce créneau n’a plus assez de places libres. Choisissez-en un autre.',
        { reason },
      );
    case 'misaligned':
      return callableError(
        'invalid-argument',
        `Choisissez des créneaux entiers de ${String(resource.slotMinutes)} min, le même jour, pendant les heures d’ouverture.`,
        { reason },
      );
    case 'seats':
      return callableError(
        'invalid-argument',
        `Choisissez entre 1 et ${String(resource.capacity)} place${resource.capacity > 1 ? 's' : ''}.`,
        { reason },
      );
  }
}

export function paymentNotOffered(payWith: string): Error {
  const words: Record<string, string> = {
    credits: 'en crédits',
    card: 'par carte',
    plan: 'avec un forfait',
  };
  return callableError(
    'failed-precondition',
    `Cet espace ne se réserve pas ${words[payWith] ?? payWith}. Choisissez un autre moyen de paiement.`,
    { reason: 'payment-not-offered' },
  );
}
