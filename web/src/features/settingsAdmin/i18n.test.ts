// The French labels the browser tests read, and every key the page builds from a domain list:
// each must have a text in both languages.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LOCALES, MODULES, VAT_REGIMES, VOUCHER_MODES } from '@agora/domain';
import { SETTINGS_SECTIONS } from './changedSections.ts';
import { settingsAdminEn, settingsAdminFr } from './i18n.ts';
import { MENTION_KEYS, SETTINGS_FIELD_ERRORS } from './settingsFields.ts';

describe('settings texts', () => {
  it('keep the labels the browser tests use', () => {
    expect(settingsAdminFr).toMatchObject({
      nav: 'Paramètres',
      save: 'Enregistrer',
      sections: { legalEntity: 'Entité juridique', vat: 'TVA et crédits', policies: 'Règles' },
      policies: { cancellationWindow: 'Délai d’annulation (heures)' },
    });
  });

  it('name the changed sections in the success message', async () => {
    const t = i18next.createInstance();
    await t.init({
      lng: 'fr',
      resources: { fr: { translation: { settingsAdmin: settingsAdminFr } } },
      interpolation: { escapeValue: false },
    });
    expect(t.t('settingsAdmin.saved', { sections: 'Règles, Modules' })).toBe(
      'Paramètres enregistrés. Sections modifiées : Règles, Modules.',
    );
    expect(t.t('settingsAdmin.invoicing.mentionExamples.trainingDeclaration')).toContain('{number}');
  });

  it('label every section, module, mention, regime, mode, language and message in both languages', () => {
    for (const texts of [settingsAdminFr, settingsAdminEn]) {
      for (const section of SETTINGS_SECTIONS) expect(texts.changed[section]).toBeTruthy();
      for (const module of MODULES) expect(texts.modules.names[module]).toBeTruthy();
      for (const key of MENTION_KEYS) {
        expect(texts.invoicing.mentionLabels[key]).toBeTruthy();
        expect(texts.invoicing.mentionExamples[key]).toBeTruthy();
      }
      for (const regime of VAT_REGIMES) {
        expect(texts.vat.regimes[regime]).toBeTruthy();
        expect(texts.vat.regimeHelp[regime]).toBeTruthy();
      }
      for (const mode of VOUCHER_MODES) {
        expect(texts.vat.voucherModes[mode]).toBeTruthy();
        expect(texts.vat.voucherHelp[mode]).toBeTruthy();
      }
      for (const locale of LOCALES) expect(texts.locale.locales[locale]).toBeTruthy();
      for (const code of SETTINGS_FIELD_ERRORS) expect(texts.fieldErrors[code]).toBeTruthy();
    }
  });
});
