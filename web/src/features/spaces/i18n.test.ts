// The French labels the pages and browser tests rely on, their plurals, and English for every key.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { PAY_WITH, RESOURCE_KINDS } from '@agora/domain';
import { spacesEn, spacesFr } from './i18n.ts';
import { SLOT_STATES } from './slotGrid.ts';

async function translator(language: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      fr: { translation: { spaces: spacesFr } },
      en: { translation: { spaces: spacesEn } },
    },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** Every [key path, text] of a nested texts object, to compare both languages. */
function entries(texts: object, prefix = ''): [string, string][] {
  return Object.entries(texts).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
}
const keys = (texts: object) => entries(texts).map(([key]) => key);

describe('spaces texts', () => {
  it('name every kind of resource and every slot state in French', async () => {
    const t = await translator('fr');
    expect(RESOURCE_KINDS.map((kind) => t(`spaces.kinds.${kind}`))).toEqual([
      'Bureau partagé',
      'Salle de réunion',
      'Bureau privé',
      'Espace événementiel',
    ]);
    expect(SLOT_STATES.map((state) => t(`spaces.slotStates.${state}`))).toEqual([
      'Libre',
      'Complet',
      'Bloqué',
      'Fermé',
      'Trop tard',
      'Pas encore ouvert',
    ]);
    expect(t('spaces.booking.book')).toBe('Réserver');
    expect(t('spaces.prices.plan')).toBe('Inclus dans votre forfait');
    expect(t('spaces.booking.myBookings')).toBe('Mes réservations d’espaces');
    expect(t('spaces.calendar.dayView')).toBe('Jour');
    expect(t('spaces.calendar.weekView')).toBe('Semaine');
    expect(t('spaces.statuses.pendingUntil', { time: '10:30' })).toBe(
      'En attente de paiement (jusqu’à 10:30)',
    );
    expect(t('spaces.statuses.moved')).toBe('Déplacée');
    expect(t('spaces.cancel.action')).toBe('Annuler');
    expect(t('spaces.move.action')).toBe('Déplacer');
  });

  it('write counts with the right plural', async () => {
    const t = await translator('fr');
    expect(t('spaces.seatsLeft', { count: 1 })).toBe('1 place libre');
    expect(t('spaces.seatsLeft', { count: 3 })).toBe('3 places libres');
    expect(t('spaces.prices.credits', { count: 2, slot: '1 h' })).toBe('2 crédits le créneau de 1 h');
    expect(t('spaces.booking.newBalance', { count: 1 })).toBe('Votre nouveau solde : 1 crédit.');
    expect(t('spaces.cancel.refund', { count: 4 })).toBe('4 crédits vous seront remboursés.');
    expect(t('spaces.move.intro', { count: 1, duration: '2 h' })).toBe(
      'Choisissez un nouveau début : la réservation garde sa durée (2 h) et sa place.',
    );
    const en = await translator('en');
    expect(en('spaces.seatsLeft', { count: 2 })).toBe('2 seats free');
    expect(en('spaces.booking.book')).toBe('Book');
  });

  it('label every way to pay, and say everything in English too', () => {
    for (const texts of [spacesFr, spacesEn]) {
      for (const method of PAY_WITH) expect(texts.booking.methods[method]).toBeTruthy();
    }
    expect(keys(spacesEn).sort()).toEqual(keys(spacesFr).sort());
    for (const [key, text] of [...entries(spacesFr), ...entries(spacesEn)])
      expect(text.trim(), key).not.toBe('');
  });
});
