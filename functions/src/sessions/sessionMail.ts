// The mails of a session booking (CAPS-4..6): confirmation (with the LMS link and an .ics),
// cancellation, reminder, session cancelled, seat from the waitlist. Built before or inside the
// transaction that changes the booking, and queued in it under a deterministic id, so a mail exists
// exactly when its change does.
import type { Transaction } from 'firebase-admin/firestore';
import { messageLinkSchema, type SessionDoc } from '@agora/domain';
import { buildIcs, ICS_CONTENT_TYPE } from '../calendar/ics.ts';
import { appOrigin } from '../mail/links.ts';
import { mailDocument, mailOutbox, type MailRequest } from '../mail/outbox.ts';
import type { SessionPolicies } from './sessionStore.ts';

export interface Recipient {
  uid: string;
  email: string;
  firstName: string;
  lastName: string;
}

export type SessionMailKind = 'confirmation' | 'cancellation' | 'reminder' | 'session-cancelled' | 'promoted';

/** Deterministic outbox ids: one mail per booking attempt and kind (per lead time for reminders). */
export function sessionMailId(
  kind: SessionMailKind,
  bookingId: string,
  attempt: number,
  leadHours?: number,
): string {
  return `${kind}-${bookingId}-${attempt}${leadHours === undefined ? '' : `-${leadHours}h`}`;
}

/** "lundi 1 décembre 2026, 09:00–12:00" in the organisation's time zone. */
export function sessionTimeText(session: Pick<SessionDoc, 'startsAt' | 'endsAt'>, timeZone: string): string {
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone, dateStyle: 'full' }).format(session.startsAt);
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(session.startsAt)}–${time.format(session.endsAt)}`;
}

function whereText(session: SessionDoc): string {
  return session.mode === 'online' ? 'En ligne' : `Lieu : ${session.place ?? '—'}`;
}

const plural = (count: number) => `${count} crédit${count > 1 ? 's' : ''}`;

export interface SessionMailInput {
  kind: SessionMailKind;
  to: Recipient;
  sessionId: string;
  session: SessionDoc;
  policies: SessionPolicies;
  credits: number;
  balance?: number;
  lmsUrl?: string;
  leadHours?: number;
  reason?: string;
  bookingId: string;
}

function calendarFile(input: SessionMailInput, cancelled: boolean) {
  const ics = buildIcs({
    uid: `${input.bookingId}@agora`,
    title: input.session.title,
    ...(input.session.description ? { description: input.session.description } : {}),
    ...(input.session.mode === 'onsite' && input.session.place ? { location: input.session.place } : {}),
    url: `${appOrigin()}/sessions/${input.sessionId}`,
    start: input.session.startsAt,
    end: input.session.endsAt,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: cancelled ? 1 : 0,
  });
  return { filename: 'formation.ics', contentType: ICS_CONTENT_TYPE, content: ics };
}

export function sessionMailRequest(request: SessionMailInput): MailRequest<'notification'> {
  // A malformed link (written outside the staff form) is left out rather than failing the booking.
  const lmsValid = request.lmsUrl !== undefined && messageLinkSchema.safeParse(request.lmsUrl).success;
  const input = lmsValid ? request : { ...request, lmsUrl: undefined };
  const { session, policies } = input;
  const when = sessionTimeText(session, policies.timeZone);
  const sessionUrl = `${appOrigin()}/sessions/${input.sessionId}`;
  const access = input.lmsUrl
    ? { label: 'Accéder à la formation', url: input.lmsUrl }
    : { label: 'Voir ma réservation', url: sessionUrl };
  const base = {
    to: input.to.email,
    toName: `${input.to.firstName} ${input.to.lastName}`,
    uid: input.to.uid,
    locale: 'fr' as const,
  };
  const hello = `Bonjour ${input.to.firstName},`;
  switch (input.kind) {
    case 'confirmation':
    case 'promoted':
      return {
        ...base,
        template: 'notification',
        data: {
          title: `Réservation confirmée : ${session.title}`,
          paragraphs: [
            hello,
            input.kind === 'promoted'
              ? `Une place s’est libérée : vous étiez sur la liste d’attente et votre réservation pour « ${session.title} » est confirmée.`
              : `Votre réservation pour « ${session.title} » est confirmée.`,
            `Quand : ${when}. ${whereText(session)}. Formateur : ${session.trainer}.`,
            `${plural(input.credits)} débité${input.credits > 1 ? 's' : ''}${input.balance === undefined ? '' : ` ; solde restant : ${plural(input.balance)}`}.`,
            input.lmsUrl
              ? `Lien d’accès à la formation : ${input.lmsUrl}`
              : 'Le lien d’accès à la formation figurera sur la page de votre réservation.',
            `Annulation remboursée jusqu’à ${policies.cancellationWindowHours} h avant le début.`,
          ],
          action: access,
        },
        attachments: [calendarFile(input, false)],
      };
    case 'reminder':
      return {
        ...base,
        template: 'notification',
        data: {
          title: `Rappel : ${session.title}`,
          paragraphs: [
            hello,
            `Votre formation « ${session.title} » commence bientôt : ${when}.`,
            `${whereText(session)}.`,
          ],
          action: access,
        },
      };
    case 'cancellation':
      return {
        ...base,
        template: 'notification',
        data: {
          title: `Réservation annulée : ${session.title}`,
          paragraphs: [
            hello,
            `Votre réservation pour « ${session.title} » (${when}) est annulée.`,
            input.credits > 0
              ? `${plural(input.credits)} recrédité${input.credits > 1 ? 's' : ''} sur votre compte.`
              : 'Aucun crédit n’a été recrédité.',
          ],
          action: { label: 'Voir les formations', url: `${appOrigin()}/sessions` },
        },
        attachments: [calendarFile(input, true)],
      };
    case 'session-cancelled':
      return {
        ...base,
        template: 'notification',
        data: {
          title: `Formation annulée : ${session.title}`,
          paragraphs: [
            hello,
            `Nous sommes désolés : la formation « ${session.title} » prévue ${when} est annulée.`,
            ...(input.reason ? [`Motif : ${input.reason}`] : []),
            input.credits > 0
              ? `${plural(input.credits)} recrédité${input.credits > 1 ? 's' : ''} sur votre compte.`
              : 'Vous étiez sur la liste d’attente : rien ne vous a été débité.',
          ],
          action: { label: 'Voir les autres formations', url: `${appOrigin()}/sessions` },
        },
        attachments: [calendarFile(input, true)],
      };
  }
}

/** Queues the mail in the transaction, after its writes (the id cannot exist before this change). */
export function queueSessionMail(tx: Transaction, id: string, input: SessionMailInput): void {
  tx.create(mailOutbox().doc(id), mailDocument(sessionMailRequest(input)));
}
