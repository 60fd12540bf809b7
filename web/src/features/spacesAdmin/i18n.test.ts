// The French labels the browser tests click or read, the plural forms, and every key the pages
// build from a domain list: each must have a text in both languages.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { BLOCK_REASONS, BOOKING_STATUSES, RESOURCE_KINDS } from '@agora/domain';
import { CALENDAR_VIEWS } from './calendarParams.ts';
import { SPACES_FIELD_ERRORS } from './fieldErrors.ts';
import { spacesAdminEn, spacesAdminFr } from './i18n.ts';
import { SLOT_STATES } from './slotStates.ts';
import { WEEKDAY_NAMES } from './weekdays.ts';

async function translator(language: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      fr: { translation: { spacesAdmin: spacesAdminFr } },
      en: { translation: { spacesAdmin: spacesAdminEn } },
    },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('staff space texts', () => {
  it('keep the labels the browser tests use', () => {
    expect(spacesAdminFr).toMatchObject({
      nav: 'Espaces',
      navCalendar: 'Calendrier des espaces',
      resources: { title: 'Espaces', new: 'Nouvel espace', edit: 'Modifier' },
      dialog: { createTitle: 'Nouvel espace', name: 'Nom', save: 'Enregistrer' },
      hours: { copyMonday: 'Copier lundi sur les jours ouvrés', addRange: 'Ajouter une plage' },
      calendar: {
        views: { day: 'Jour', week: 'Semaine', month: 'Mois' },
        showCancelled: 'Afficher les annulées',
        block: 'Bloquer un créneau',
        internal: 'Usage interne',
      },
      newBooking: { title: 'Nouvelle réservation', forInternal: 'Usage interne', confirm: 'Réserver' },
      booking: { move: 'Déplacer', cancel: 'Annuler la réservation' },
      block: { confirm: 'Bloquer' },
      unblock: { confirm: 'Débloquer' },
      weekdays: { monday: 'Lundi', sunday: 'Dimanche' },
    });
  });

  it('write counts with the right plural', async () => {
    const t = await translator('fr');
    expect(t('spacesAdmin.credits', { count: 1 })).toBe('1 crédit');
    expect(t('spacesAdmin.credits', { count: 3 })).toBe('3 crédits');
    expect(t('spacesAdmin.cancel.doneRefunded', { count: 2 })).toBe(
      'Réservation annulée : 2 crédits remboursés.',
    );
    expect(t('spacesAdmin.fieldErrors.seatsAboveLeft', { count: 1 })).toBe(
      'Il ne reste qu’une place libre sur toute la durée choisie.',
    );
    expect(t('spacesAdmin.calendar.more', { count: 4 })).toBe('+4 autres');
    const en = await translator('en');
    expect(en('spacesAdmin.seats', { count: 1 })).toBe('1 seat');
    expect(en('spacesAdmin.photos.limit', { count: 8 })).toBe('8 photos at most: remove one to add another.');
  });

  it('name the member in the booking refusals', async () => {
    const t = await translator('fr');
    expect(t('spacesAdmin.failures.insufficientCredits', { name: 'DUPONT Jean' })).toBe(
      'DUPONT Jean n’a pas assez de crédits pour cette réservation. Ajoutez-lui des crédits depuis la page Membres, puis recommencez.',
    );
  });

  it('label every kind, view, state, status, reason, weekday and form message in both languages', () => {
    for (const texts of [spacesAdminFr, spacesAdminEn]) {
      for (const kind of RESOURCE_KINDS) expect(texts.kinds[kind]).toBeTruthy();
      for (const view of CALENDAR_VIEWS) expect(texts.calendar.views[view]).toBeTruthy();
      for (const state of SLOT_STATES) expect(texts.calendar.states[state]).toBeTruthy();
      for (const status of BOOKING_STATUSES) expect(texts.statuses[status]).toBeTruthy();
      for (const reason of BLOCK_REASONS) expect(texts.reasons[reason]).toBeTruthy();
      for (const name of Object.values(WEEKDAY_NAMES)) {
        expect(texts.weekdays[name]).toBeTruthy();
        expect(texts.weekdaysShort[name]).toBeTruthy();
      }
      for (const code of SPACES_FIELD_ERRORS) {
        const messages: Record<string, string> = texts.fieldErrors;
        expect(messages[code] ?? messages[`${code}_other`]).toBeTruthy();
      }
    }
  });
});
