import { describe, expect, it } from 'vitest';
import {
  unconfiguredInvoicing,
  parseRate,
  parseSettingsForm,
  rateInputValue,
  settingsFormValues,
  type SettingsFormValues,
} from './settingsForm.ts';

const mentions = {
  voucherOutOfScope: 'Hors champ de la TVA (art. 256 ter du CGI).',
  voucherAlreadyTaxed: 'TVA acquittée lors de l’achat des crédits.',
  trainingExemption: 'Exonération de TVA, art. 261-4-4° a du CGI.',
  franchise: 'TVA non applicable, art. 293 B du CGI.',
  latePenalty: 'Pénalités de retard : trois fois le taux d’intérêt légal.',
  recoveryIndemnity: 'Indemnité forfaitaire pour frais de recouvrement : 40 €.',
  trainingDeclaration: 'Déclaration d’activité enregistrée sous le numéro {number}.',
};

const stored = {
  legalEntity: {
    name: 'Les Ateliers Agora',
    legalForm: 'SAS',
    shareCapitalCents: 1_000_000,
    address: { line1: '18 rue de la Charité', postalCode: '69002', city: 'Lyon', country: 'FR' },
    siret: '84412345600017',
    vatNumber: 'FR32844123456',
    trainingDeclarationNumber: '84691234569',
    email: 'contact@agora.test',
    phone: '+33478000000',
  },
  vatRegime: 'standard',
  voucherMode: 'single-purpose',
  timeZone: 'Europe/Paris',
  defaultLocale: 'fr',
  branding: { displayName: 'Les Ateliers Agora', primaryColor: '#1d4e89' },
  policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24, 2] },
  modules: {
    credits: true,
    sessions: true,
    spaces: true,
    events: false,
    content: false,
    directory: true,
    domiciliation: false,
  },
  invoicing: {
    prefixes: { invoice: 'F', creditNote: 'AV', statement: 'R' },
    creditValueCents: 900,
    trainingVatExempt: true,
    sessionVatRate: 5.5,
    mentions,
  },
  updatedBy: 'admin-uid',
};

describe('settingsFormValues', () => {
  it('fills every field from a stored document, amounts in the interface language', () => {
    const values = settingsFormValues(stored, 'fr');
    expect(values).toMatchObject({
      legalName: 'Les Ateliers Agora',
      shareCapital: '10000,00',
      line1: '18 rue de la Charité',
      line2: '',
      country: 'FR',
      siret: '84412345600017',
      voucherMode: 'single-purpose',
      primaryColor: '#1d4e89',
      cancellationWindowHours: '24',
      reminderLeadTimesHours: [24, 2],
      invoicingConfigured: true,
      creditValue: '9,00',
      trainingVatExempt: true,
      sessionVatRate: '5,5',
    });
    expect(values.modules.events).toBe(false);
    expect(values.modules.directory).toBe(true);
    expect(values.mentions.franchise).toBe('TVA non applicable, art. 293 B du CGI.');
    expect(settingsFormValues(stored, 'en').creditValue).toBe('9.00');
  });

  it('starts a new organisation from defaults: every module on, invoicing not configured', () => {
    const values = settingsFormValues({}, 'fr');
    expect(values).toMatchObject({
      legalName: '',
      country: 'FR',
      vatRegime: 'standard',
      voucherMode: 'multi-purpose',
      timeZone: 'Europe/Paris',
      defaultLocale: 'fr',
      cancellationWindowHours: '',
      reminderLeadTimesHours: [],
      invoicingConfigured: false,
      invoicePrefix: 'F',
      creditNotePrefix: 'AV',
      statementPrefix: 'R',
      sessionVatRate: '20',
    });
    expect(Object.values(values.modules)).toEqual([true, true, true, true, true, true, true]);
    expect(values.mentions.latePenalty).toBe('');
    expect(values).toMatchObject(unconfiguredInvoicing());
  });

  it('keeps what a broken document holds, so its errors can show', () => {
    const values = settingsFormValues(
      {
        ...stored,
        vatRegime: 'exotic',
        policies: { cancellationWindowHours: '48', reminderLeadTimesHours: [24, 'x', 2] },
        modules: { credits: true, sessions: 'yes' },
        branding: { displayName: 'Agora', primaryColor: 'blue' },
      },
      'fr',
    );
    expect(values.vatRegime).toBe('standard');
    expect(values.cancellationWindowHours).toBe('48');
    expect(values.reminderLeadTimesHours).toEqual([24, 2]);
    expect(values.modules.credits).toBe(true);
    expect(values.modules.sessions).toBe(false);
    expect(values.primaryColor).toBe('blue');
  });
});

describe('parseSettingsForm', () => {
  const filled: SettingsFormValues = settingsFormValues(stored, 'fr');

  it('gives back the stored settings once parsed', () => {
    const { updatedBy: _updatedBy, ...settings } = stored;
    const parsed = parseSettingsForm(filled);
    expect(parsed).toEqual({
      ok: true,
      value: {
        ...settings,
        legalEntity: { ...settings.legalEntity, address: { ...settings.legalEntity.address } },
        // The logo is uploadLogo's, not the form's: never sent from here.
        branding: { ...settings.branding, logoPath: undefined, logoUrl: undefined },
      },
    });
  });

  it('reads typed amounts, rates and grouped identifiers', () => {
    const parsed = parseSettingsForm({
      ...filled,
      shareCapital: '1 500,50 €',
      creditValue: '12.5',
      sessionVatRate: ' 20 ',
      siret: '844 123 456 00017',
      vatNumber: 'FR 32 844123456',
      country: 'fr',
      line2: '  ',
    });
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.legalEntity.shareCapitalCents).toBe(150_050);
    expect(parsed.ok && parsed.value.invoicing?.creditValueCents).toBe(1250);
    expect(parsed.ok && parsed.value.invoicing?.sessionVatRate).toBe(20);
    expect(parsed.ok && parsed.value.legalEntity.siret).toBe('84412345600017');
    expect(parsed.ok && parsed.value.legalEntity.vatNumber).toBe('FR32844123456');
    expect(parsed.ok && parsed.value.legalEntity.address.country).toBe('FR');
    expect(parsed.ok && parsed.value.legalEntity.address.line2).toBeUndefined();
  });

  it('leaves the invoicing block out until it is configured', () => {
    const parsed = parseSettingsForm({ ...filled, invoicingConfigured: false, creditValue: '' });
    expect(parsed.ok && 'invoicing' in parsed.value).toBe(false);
  });

  it('reports each invalid field with its message key', () => {
    const parsed = parseSettingsForm({
      ...filled,
      legalName: ' ',
      shareCapital: 'beaucoup',
      siret: '1234',
      timeZone: 'Mars/Olympus',
      primaryColor: '#12345',
      cancellationWindowHours: '800',
      reminderLeadTimesHours: [24, 0],
      creditValue: '0',
      sessionVatRate: '5,555',
      mentions: { ...filled.mentions, franchise: '' },
    });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        legalName: 'required',
        shareCapital: 'shareCapitalInvalid',
        siret: 'siretInvalid',
        timeZone: 'timeZoneInvalid',
        primaryColor: 'colorInvalid',
        cancellationWindowHours: 'cancellationWindowInvalid',
        reminderLeadTimesHours: 'reminderLeadTimesInvalid',
        creditValue: 'creditValueInvalid',
        sessionVatRate: 'sessionVatRateInvalid',
        'mention.franchise': 'required',
      },
    });
  });

  it('refuses a cancellation window typed as a decimal or left empty', () => {
    for (const typed of ['', '2.5', '-1']) {
      const parsed = parseSettingsForm({ ...filled, cancellationWindowHours: typed });
      expect(!parsed.ok && parsed.errors.cancellationWindowHours).toBe('cancellationWindowInvalid');
    }
  });
});

describe('rates', () => {
  it('are written and read in both languages', () => {
    expect(rateInputValue(5.5, 'fr')).toBe('5,5');
    expect(rateInputValue(5.5, 'en')).toBe('5.5');
    expect(parseRate('5,5')).toBe(5.5);
    expect(parseRate('2.1')).toBe(2.1);
    expect(parseRate('vingt')).toBeNaN();
  });
});
