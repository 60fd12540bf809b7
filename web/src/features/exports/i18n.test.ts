// The French labels the page and browser tests rely on, and a label for every choice and status.
import { EXPORT_DATASETS, EXPORT_FORMATS, EXPORT_STATUSES } from '@agora/domain';
import { describe, expect, it } from 'vitest';
import { exportsEn, exportsFr } from './i18n.ts';

describe('exports texts', () => {
  it('keep the French labels of the brief', () => {
    expect(exportsFr).toMatchObject({
      nav: 'Exports',
      form: {
        dataset: 'Données',
        format: 'Format',
        period: 'Période',
        help: 'Le fichier est préparé sur le serveur : vous pouvez quitter la page, il restera dans la liste.',
      },
      datasets: {
        bookings: 'Réservations',
        invoices: 'Factures et avoirs',
        balances: 'Soldes de crédits',
        ledger: 'Mouvements de crédits',
        statistics: 'Statistiques par jour',
      },
      formats: { csv: 'CSV (Excel)', xlsx: 'Excel (.xlsx)', pdf: 'PDF' },
      job: { rowsRead_other: '{{rows}} lignes lues', download: 'Télécharger' },
      recent: { title: 'Mes exports récents' },
    });
  });

  it('label every dataset, format and status in both languages, each differently', () => {
    for (const texts of [exportsFr, exportsEn]) {
      for (const [keys, labels] of [
        [EXPORT_DATASETS, texts.datasets],
        [EXPORT_FORMATS, texts.formats],
        [EXPORT_STATUSES, texts.statuses],
      ] as const) {
        expect(Object.keys(labels).sort()).toEqual([...keys].sort());
        const values = Object.values(labels);
        for (const value of values) expect(value).toMatch(/\S/);
        expect(new Set(values).size).toBe(keys.length);
      }
    }
  });
});
