// The French labels the browser tests click or read, the plural forms, and a text in both languages
// for every kind, status and field.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { INVOICE_KINDS } from '@agora/domain';
import { CORRECTION_FIELDS } from './correctionForm.ts';
import { invoicesEn, invoicesFr } from './i18n.ts';
import { INVOICE_STATUSES } from './listQueries.ts';

async function translator(language: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      fr: { translation: { invoices: invoicesFr } },
      en: { translation: { invoices: invoicesEn } },
    },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('invoice texts', () => {
  it('keep the labels the browser tests use', async () => {
    expect(invoicesFr).toMatchObject({
      nav: 'Factures',
      kinds: { invoice: 'Facture', 'credit-note': 'Avoir', statement: 'Relevé' },
      statuses: { issued: 'Émise', corrected: 'Corrigée' },
      columns: {
        date: 'Date',
        number: 'Numéro',
        member: 'Membre',
        kind: 'Type',
        subject: 'Objet',
        amount: 'Montant TTC',
        status: 'Statut',
      },
      pdfPending: 'PDF en préparation',
      mine: { title: 'Mes factures', empty: 'Aucune facture pour le moment.', loadMore: 'Afficher plus' },
      staff: {
        title: 'Factures',
        loadMore: 'Afficher plus',
        filters: {
          period: 'Période',
          from: 'Du',
          to: 'Au',
          member: 'Membre',
          kind: 'Type',
          status: 'Statut',
          all: 'Tous',
        },
        resend: { action: 'Renvoyer', done: 'Facture renvoyée par e-mail' },
        correct: {
          action: 'Corriger',
          reason: 'Motif',
          name: 'Nom',
          company: 'Société',
          siren: 'SIREN',
          vatNumber: 'N° de TVA',
          line1: 'Adresse',
          postalCode: 'Code postal',
          city: 'Ville',
          reissue: 'Émettre une facture rectificative',
          submit: 'Émettre l’avoir',
        },
      },
    });
    const t = await translator('fr');
    expect(t('invoices.downloadLabel', { number: 'F-2026-000123' })).toBe('Télécharger F-2026-000123');
    expect(t('invoices.staff.correct.done', { creditNote: 'A-2026-000001', invoice: 'F-2026-000124' })).toBe(
      'Avoir A-2026-000001 émis ; facture rectificative F-2026-000124 émise.',
    );
  });

  it('write the plural forms', async () => {
    const t = await translator('fr');
    expect(t('invoices.moreLines', { count: 1 })).toBe('+ 1 autre ligne');
    expect(t('invoices.moreLines', { count: 3 })).toBe('+ 3 autres lignes');
    expect(t('invoices.staff.loaded', { count: 25 })).toBe('25 documents affichés');
    const en = await translator('en');
    expect(en('invoices.staff.loaded', { count: 1 })).toBe('1 document shown');
    expect(en('invoices.downloadLabel', { number: 'F-1' })).toBe('Download F-1');
  });

  it('name every kind, status and correction field in both languages', () => {
    for (const texts of [invoicesFr, invoicesEn]) {
      for (const kind of INVOICE_KINDS) expect(texts.kinds[kind]).toBeTruthy();
      for (const status of INVOICE_STATUSES) expect(texts.statuses[status]).toBeTruthy();
      for (const field of CORRECTION_FIELDS) expect(texts.staff.correct[field]).toBeTruthy();
    }
  });

  it('leave no English text empty', () => {
    const leaves = (value: unknown, path = ''): [string, unknown][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`))
        : [[path, value]];
    const french = leaves(invoicesFr).map(([path]) => path);
    const english = leaves(invoicesEn);
    expect(english.map(([path]) => path)).toEqual(french);
    for (const [path, text] of english)
      expect(typeof text === 'string' && text.trim() !== '', path).toBe(true);
  });
});
