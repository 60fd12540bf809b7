// The French labels the browser tests click or read, and the plural forms they rely on.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { BOOKING_STATUSES } from '@agora/domain';
import { BOOKING_TABS } from './bookings.ts';
import { sessionsEn, sessionsFr } from './i18n.ts';

async function translator(language: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      fr: { translation: { sessions: sessionsFr } },
      en: { translation: { sessions: sessionsEn } },
    },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** Every key path of a nested texts object, to compare both languages. */
function keys(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('sessions texts', () => {
  it('write seats left, costs and balances with the right plural', async () => {
    const t = await translator('fr');
    expect(t('sessions.seatsLeft', { count: 3 })).toBe('3 places restantes');
    expect(t('sessions.seatsLeft', { count: 1 })).toBe('1 place restante');
    expect(t('sessions.full')).toBe('Complet');
    expect(t('sessions.credits', { count: 2 })).toBe('2 crédits');
    expect(t('sessions.session.seatsLeft', { count: 4 })).toBe('Places restantes : 4');
    expect(t('sessions.session.cost', { count: 3 })).toBe('Coût : 3 crédits');
    expect(t('sessions.session.balance', { count: 5 })).toBe('Votre solde : 5 crédits');
    expect(t('sessions.booking.book', { count: 3 })).toBe('Réserver pour 3 crédits');
    expect(t('sessions.booking.insufficient', { count: 2 })).toBe(
      'Crédits insuffisants : il vous manque 2 crédits.',
    );
    expect(t('sessions.booking.cancelled', { count: 3 })).toBe('Réservation annulée : 3 crédits remboursés');
    const en = await translator('en');
    expect(en('sessions.seatsLeft', { count: 1 })).toBe('1 seat left');
    expect(en('sessions.booking.book', { count: 1 })).toBe('Book for 1 credit');
  });

  it('keep the labels the browser tests use', async () => {
    const t = await translator('fr');
    expect(t('sessions.catalogue.title')).toBe('Nos formations');
    expect(t('sessions.catalogue.list')).toBe('Liste');
    expect(t('sessions.catalogue.calendar')).toBe('Calendrier');
    expect(t('sessions.catalogue.from')).toBe('Du');
    expect(t('sessions.catalogue.to')).toBe('Au');
    expect(t('sessions.catalogue.topic')).toBe('Thème');
    expect(t('sessions.catalogue.trainer')).toBe('Formateur');
    expect(t('sessions.catalogue.availableOnly')).toBe('Places disponibles uniquement');
    expect(t('sessions.calendar.month')).toBe('Mois');
    expect(t('sessions.calendar.week')).toBe('Semaine');
    expect(t('sessions.calendar.previous')).toBe('Précédent');
    expect(t('sessions.calendar.next')).toBe('Suivant');
    expect(t('sessions.booking.signInToBook')).toBe('Se connecter pour réserver');
    expect(t('sessions.booking.confirmed')).toBe('Réservation confirmée');
    expect(t('sessions.booking.buyCredits')).toBe('Acheter des crédits');
    expect(t('sessions.booking.viewSubscription')).toBe('Voir l’abonnement');
    expect(t('sessions.waitlist.join')).toBe('Rejoindre la liste d’attente');
    expect(t('sessions.waitlist.onList')).toBe('Vous êtes sur la liste d’attente');
    expect(t('sessions.waitlist.leave')).toBe('Quitter la liste d’attente');
    expect(t('sessions.booking.booked')).toBe('Vous êtes inscrit(e) à cette formation.');
    expect(t('sessions.booking.lmsLink')).toBe('Accéder à la formation en ligne');
    expect(t('sessions.booking.cancel')).toBe('Annuler ma réservation');
    expect(t('sessions.booking.cancelShort')).toBe('Annuler');
    expect(t('sessions.booking.cancelClosed', { deadline: '30 novembre 2026 09:00' })).toMatch(
      /^Annulation possible jusqu’au 30 novembre 2026 09:00/,
    );
    expect(
      t('sessions.booking.confirmText', { title: 'Excel', count: 3, deadline: '30 novembre 2026 09:00' }),
    ).toContain('Annulation gratuite jusqu’au 30 novembre 2026 09:00');
    expect(t('sessions.booking.sessionCancelled')).toBe('Cette formation a été annulée.');
    expect(t('sessions.booking.started')).toBe('Cette formation a déjà commencé.');
    expect(t('sessions.myBookings.title')).toBe('Mes réservations');
    expect(BOOKING_TABS.map((tab) => t(`sessions.myBookings.tabs.${tab}`))).toEqual([
      'À venir',
      'Passées',
      'Annulées',
    ]);
    expect(t('sessions.statuses.confirmed')).toBe('Confirmée');
    expect(t('sessions.statuses.cancelled')).toBe('Annulée');
    expect(t('sessions.dashboard.title')).toBe('Mes prochaines formations');
  });

  it('label every booking status, and say everything in English too', () => {
    for (const texts of [sessionsFr, sessionsEn]) {
      for (const status of BOOKING_STATUSES) expect(texts.statuses[status]).toBeTruthy();
    }
    expect(keys(sessionsEn).sort()).toEqual(keys(sessionsFr).sort());
    for (const text of [...keys(sessionsEn)]) expect(text).not.toBe('');
  });
});
