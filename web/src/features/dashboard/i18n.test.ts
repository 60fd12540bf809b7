// The French labels the page and browser tests rely on, and a label for every preset.
import { describe, expect, it } from 'vitest';
import { PERIOD_PRESETS } from './dashboardPeriod.ts';
import { dashboardEn, dashboardFr } from './i18n.ts';

describe('dashboard texts', () => {
  it('keep the French labels of the brief', () => {
    expect(dashboardFr).toMatchObject({
      nav: 'Tableau de bord',
      period: {
        last7Days: '7 derniers jours',
        last30Days: '30 derniers jours',
        thisMonth: 'Ce mois-ci',
        last12Months: '12 derniers mois',
        custom: 'Personnalisée',
      },
      kpis: {
        members: 'Membres',
        revenue: 'Chiffre d’affaires TTC',
        activeSubscriptions: 'Abonnements actifs',
      },
      freshness: { refresh: 'Actualiser', documentsRead_other: '{{count}} documents lus' },
    });
  });

  it('label every preset in both languages, each differently', () => {
    for (const texts of [dashboardFr, dashboardEn]) {
      const labels = [...PERIOD_PRESETS, 'custom' as const].map((choice) => texts.period[choice]);
      for (const label of labels) expect(label).toMatch(/\S/);
      expect(new Set(labels).size).toBe(PERIOD_PRESETS.length + 1);
    }
  });
});
