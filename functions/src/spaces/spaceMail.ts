// The messages of a space booking (SPACE-5): confirmation, move, cancellation, reminder and a lapsed
// card hold, by email (with an .ics whose SEQUENCE follows the moves, so calendars update the same
// event) and by SMS to members who opted in. Queued inside the transaction that makes the change,
// under deterministic ids, so a message exists exactly when its change does.
import type { DocumentSnapshot, Transaction } from 'firebase-admin/firestore';
import type { BookingDoc } from '@agora/domain';
import { buildIcs, ICS_CONTENT_TYPE } from '../calendar/ics.ts';
import { appOrigin } from '../mail/links.ts';
import { mailDocument, mailOutbox, smsDocument, smsOutbox, type MailRequest } from '../mail/outbox.ts';
import type { Recipient } from '../sessions/sessionMail.ts';

export type SpaceMailKind =
  'confirmation' | 'moved' | 'cancellation' | 'reminder' | 'hold-expired' | 'paid-too-late';

export interface SpaceMailInput {
  kind: SpaceMailKind;
  to: Recipient;
  bookingId: string;
  resourceName: string;
  start: Date;
  end: Date;
  seats: number;
  timeZone: string;
  /** How it was paid, in words ("3 crédits", "12,00 €", "inclus dans votre forfait"). */
  paid?: string;
  balance?: number;
  refundedCredits?: number;
  /** A cancelled card booking: staff refund the payment. */
  cardRefundDue?: boolean;
  cancellationWindowHours?: number;
  /** The .ics SEQUENCE: the number of moves so far. */
  sequence: number;
  leadHours?: number;
}

/**
 * Deterministic ids: one message per booking, kind and version (per lead time for reminders). The
 * version is the attempt for what happens once per attempt (confirmation, cancellation, lapsed
 * hold) and `<attempt>-<moves>` for what follows each move (the move itself, reminders).
 */
export function spaceMessageId(kind: SpaceMailKind, bookingId: string, version: string, leadHours?: number) {
  return `space-${kind}-${bookingId}-${version}${leadHours === undefined ? '' : `-${String(leadHours)}h`}`;
}

/** The version of a booking as it stands after its latest move. */
export const movedVersion = (attempt: number, moves: number) => `${String(attempt)}-${String(moves)}`;

/** "mardi 3 mars 2026, 09:00–11:00" in the organisation's time zone. */
export function spaceTimeText(start: Date, end: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone, dateStyle: 'full' }).format(start);
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

const plural = (count: number, word: string) => `${String(count)} ${word}${count > 1 ? 's' : ''}`;

function calendarFile(input: SpaceMailInput, cancelled: boolean) {
  const ics = buildIcs({
    uid: `${input.bookingId}@agora`,
    title: input.resourceName,
    location: input.resourceName,
    url: `${appOrigin()}/account/space-bookings`,
    start: input.start,
    end: input.end,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    // A cancellation must outrank every version sent before it.
    sequence: cancelled ? input.sequence + 1 : input.sequence,
  });
  return { filename: 'reservation.ics', contentType: ICS_CONTENT_TYPE, content: ics };
}

function texts(input: SpaceMailInput): { title: string; paragraphs: string[]; sms: string } {
  const when = spaceTimeText(input.start, input.end, input.timeZone);
  const seats = input.seats > 1 ? ` (${plural(input.seats, 'place')})` : '';
  switch (input.kind) {
    case 'confirmation':
      return {
        title: `Réservation confirmée : ${input.resourceName}`,
        paragraphs: [
          `Votre réservation de « ${input.resourceName} »${seats} est confirmée.`,
          `Quand : ${when}.`,
          ...(input.paid ? [`Réglé : ${input.paid}.`] : []),
          ...(input.balance === undefined ? [] : [`Solde restant : ${plural(input.balance, 'crédit')}.`]),
          ...(input.cancellationWindowHours === undefined
            ? []
            : [
                `Annulation ou déplacement possible jusqu’à ${String(input.cancellationWindowHours)} h avant le début.`,
              ]),
        ],
        sms: `Réservation confirmée : ${input.resourceName}, ${when}.`,
      };
    case 'moved':
      return {
        title: `Réservation déplacée : ${input.resourceName}`,
        paragraphs: [
          `Votre réservation de « ${input.resourceName} »${seats} a été déplacée.`,
          `Nouvel horaire : ${when}.`,
          'Le fichier joint remplace l’ancien rendez-vous dans votre agenda.',
        ],
        sms: `Réservation déplacée : ${input.resourceName}, ${when}.`,
      };
    case 'cancellation':
      return {
        title: `Réservation annulée : ${input.resourceName}`,
        paragraphs: [
          `Votre réservation de « ${input.resourceName} » (${when}) est annulée.`,
          input.refundedCredits && input.refundedCredits > 0
            ? `${plural(input.refundedCredits, 'crédit')} recrédité${input.refundedCredits > 1 ? 's' : ''} sur votre compte.`
            : input.cardRefundDue
              ? 'Votre paiement par carte vous sera remboursé par l’équipe sous quelques jours.'
              : 'Aucun crédit n’a été débité ou recrédité.',
        ],
        sms: `Réservation annulée : ${input.resourceName}, ${when}.`,
      };
    case 'hold-expired':
      return {
        title: `Réservation non payée : ${input.resourceName}`,
        paragraphs: [
          `Le paiement de votre réservation de « ${input.resourceName} » (${when}) n’a pas abouti à temps : le créneau a été libéré.`,
          'Vous pouvez réserver à nouveau depuis la page des espaces.',
        ],
        sms: `Créneau libéré faute de paiement : ${input.resourceName}, ${when}.`,
      };
    case 'paid-too-late':
      return {
        title: `Paiement reçu trop tard : ${input.resourceName}`,
        paragraphs: [
          `Votre paiement${input.paid ? ` (${input.paid})` : ''} pour « ${input.resourceName} » (${when}) est arrivé après la fin de la réservation provisoire, et le créneau a été repris entre-temps.`,
          'L’équipe a été prévenue et vous remboursera. Vous pouvez réserver un autre créneau depuis la page des espaces.',
        ],
        sms: `Paiement reçu après expiration : ${input.resourceName}, ${when}. Vous serez remboursé(e).`,
      };
    case 'reminder':
      return {
        title: `Rappel : ${input.resourceName}`,
        paragraphs: [`Votre réservation de « ${input.resourceName} »${seats} approche : ${when}.`],
        sms: `Rappel : ${input.resourceName}, ${when}.`,
      };
  }
}

export function spaceMailRequest(input: SpaceMailInput): MailRequest<'notification'> {
  const { title, paragraphs } = texts(input);
  const withCalendar =
    input.kind === 'confirmation' || input.kind === 'moved' || input.kind === 'cancellation';
  return {
    to: input.to.email,
    toName: `${input.to.firstName} ${input.to.lastName}`,
    uid: input.to.uid,
    locale: 'fr',
    template: 'notification',
    data: {
      title,
      paragraphs: [`Bonjour ${input.to.firstName},`, ...paragraphs],
      action:
        input.kind === 'hold-expired' || input.kind === 'paid-too-late'
          ? { label: 'Voir les espaces', url: `${appOrigin()}/spaces` }
          : { label: 'Voir mes réservations', url: `${appOrigin()}/account/space-bookings` },
    },
    ...(withCalendar ? { attachments: [calendarFile(input, input.kind === 'cancellation')] } : {}),
  };
}

/**
 * Queues the mail, and the SMS when the member opted in (`profile` is their users/{uid} data, read
 * before the transaction's writes), after the transaction's other writes.
 */
export function queueSpaceMessages(
  tx: Transaction,
  version: string,
  input: SpaceMailInput,
  profile: unknown,
): void {
  const id = spaceMessageId(input.kind, input.bookingId, version, input.leadHours);
  tx.create(mailOutbox().doc(id), mailDocument(spaceMailRequest(input)));
  const sms = smsDocument(
    { uid: input.to.uid, template: 'notification', locale: 'fr', data: { text: texts(input).sms } },
    profile,
  );
  if (sms) tx.create(smsOutbox().doc(id), sms);
}

/** The member to write to, from their users/{uid} snapshot read in the transaction; null without an email. */
export function recipientFrom(uid: string, profile: DocumentSnapshot | undefined): Recipient | null {
  const email: unknown = profile?.get('email');
  if (!profile?.exists || typeof email !== 'string') return null;
  return {
    uid,
    email,
    firstName: String(profile.get('firstName') ?? ''),
    lastName: String(profile.get('lastName') ?? ''),
  };
}

/** What every message says of a stored booking: the resource, its current times and version. */
export function aboutBooking(bookingId: string, booking: BookingDoc, timeZone: string) {
  return {
    bookingId,
    resourceName: booking.title,
    start: booking.startsAt.toDate(),
    end: booking.endsAt.toDate(),
    seats: booking.seats ?? 1,
    timeZone,
    sequence: booking.moves ?? 0,
  };
}
