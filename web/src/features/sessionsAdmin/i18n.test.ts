// The French labels the browser tests click or read, the plural forms, and the message keys the
// forms use: each must have a text in both languages.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { BOOKING_STATUSES, SESSION_MODES } from '@agora/domain';
import { SESSION_FIELD_ERRORS } from './fieldErrors.ts';
import { sessionsAdminEn, sessionsAdminFr } from './i18n.ts';

async function translator(language: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      fr: { translation: { sessionsAdmin: sessionsAdminFr } },
      en: { translation: { sessionsAdmin: sessionsAdminEn } },
    },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('staff session texts', () => {
  it('keep the labels the browser tests use', () => {
    expect(sessionsAdminFr).toMatchObject({
      nav: 'Sessions',
      list: {
        title: 'Sessions',
        new: 'Nouvelle session',
        showPast: 'Afficher les sessions passées',
        columns: {
          date: 'Date',
          title: 'Titre',
          topic: 'Thème',
          trainer: 'Formateur',
          seats: 'Places',
          cost: 'Coût',
          status: 'Statut',
        },
        edit: 'Modifier',
        participants: 'Participants',
        publish: 'Publier',
        unpublish: 'Dépublier',
      },
      states: { published: 'Publiée', draft: 'Brouillon', cancelled: 'Annulée' },
      modes: { onsite: 'Sur place', online: 'En ligne' },
      dialog: {
        createTitle: 'Nouvelle session',
        editTitle: 'Modifier la session',
        title: 'Titre',
        description: 'Description',
        topic: 'Thème',
        trainer: 'Formateur',
        startsAt: 'Début',
        endsAt: 'Fin',
        mode: 'Modalité',
        place: 'Lieu',
        capacity: 'Nombre de places',
        creditCost: 'Coût en crédits',
        lmsUrl: 'Lien d’accès (LMS)',
        published: 'Publiée',
        save: 'Enregistrer',
      },
      participants: {
        title: 'Participants',
        statuses: { confirmed: 'Confirmée', cancelled: 'Annulée' },
        bookedBy: { member: 'Membre', staff: 'Équipe', waitlist: 'Liste d’attente' },
        cancelBooking: 'Annuler la réservation',
        waitlistTitle: 'Liste d’attente',
        book: 'Inscrire un membre',
        exportCsv: 'Exporter en CSV',
        exportXlsx: 'Exporter en Excel',
        cancelSession: 'Annuler la session',
      },
      book: { confirm: 'Inscrire' },
      cancelSession: { reason: 'Motif', confirm: 'Annuler la session' },
      export: {
        columns: {
          lastName: 'Nom',
          firstName: 'Prénom',
          email: 'E-mail',
          phone: 'Téléphone',
          credits: 'Crédits',
          bookedAt: 'Réservé le',
          status: 'Statut',
        },
      },
    });
  });

  it('write counts with the right plural', async () => {
    const t = await translator('fr');
    expect(t('sessionsAdmin.cost', { count: 1 })).toBe('1 crédit');
    expect(t('sessionsAdmin.cost', { count: 3 })).toBe('3 crédits');
    expect(t('sessionsAdmin.cancelBooking.done', { count: 3 })).toBe(
      'Réservation annulée : 3 crédits remboursés.',
    );
    expect(t('sessionsAdmin.cancelSession.done', { count: 2 })).toBe(
      'Session annulée : 2 réservations annulées et remboursées.',
    );
    expect(t('sessionsAdmin.cancelBooking.text', { name: 'DUPONT Jean', count: 3 })).toContain('remboursés');
    const en = await translator('en');
    expect(en('sessionsAdmin.cost', { count: 1 })).toBe('1 credit');
    expect(
      en('sessionsAdmin.book.errors.insufficientCredits', { name: 'DUPONT Jean', cost: '3 credits' }),
    ).toContain('DUPONT Jean');
  });

  it('name the member in the booking refusals', async () => {
    const t = await translator('fr');
    expect(
      t('sessionsAdmin.book.errors.insufficientCredits', { name: 'DUPONT Jean', cost: '3 crédits' }),
    ).toBe(
      'DUPONT Jean n’a pas assez de crédits pour cette session (3 crédits). Ajoutez-lui des crédits depuis la page Membres, puis recommencez.',
    );
  });

  it('label every mode, booking status and form message in both languages', () => {
    for (const texts of [sessionsAdminFr, sessionsAdminEn]) {
      for (const mode of SESSION_MODES) expect(texts.modes[mode]).toBeTruthy();
      for (const status of BOOKING_STATUSES) expect(texts.participants.statuses[status]).toBeTruthy();
      for (const code of SESSION_FIELD_ERRORS) {
        const messages: Record<string, string> = texts.fieldErrors;
        expect(messages[code] ?? messages[`${code}_other`]).toBeTruthy();
      }
    }
  });
});
