import { describe, expect, it } from 'vitest';
import {
  isSettingsField,
  isSettingsFieldError,
  MENTION_KEYS,
  settingsFieldOf,
  settingsIssuesToFields,
  settingsMessageKey,
} from './settingsFields.ts';

describe('settings fields', () => {
  it('list every invoice mention of the schema', () => {
    expect(MENTION_KEYS).toEqual([
      'voucherOutOfScope',
      'voucherAlreadyTaxed',
      'trainingExemption',
      'franchise',
      'latePenalty',
      'recoveryIndemnity',
      'trainingDeclaration',
    ]);
  });

  it('map schema and callable paths to the form fields', () => {
    expect(settingsFieldOf('settings.policies.cancellationWindowHours')).toBe('cancellationWindowHours');
    expect(settingsFieldOf('policies.cancellationWindowHours')).toBe('cancellationWindowHours');
    expect(settingsFieldOf('legalEntity.address.postalCode')).toBe('postalCode');
    expect(settingsFieldOf('legalEntity.shareCapitalCents')).toBe('shareCapital');
    expect(settingsFieldOf('settings.policies.reminderLeadTimesHours.3')).toBe('reminderLeadTimesHours');
    expect(settingsFieldOf('modules.events')).toBe('modules');
    expect(settingsFieldOf('settings.invoicing.mentions.franchise')).toBe('mention.franchise');
    expect(settingsFieldOf('invoicing.creditValueCents')).toBe('creditValue');
  });

  it('leave paths no field edits apart', () => {
    expect(settingsFieldOf('settings.legalEntity')).toBeNull();
    expect(settingsFieldOf('legalEntity.address')).toBeNull();
    expect(settingsFieldOf('settings.invoicing.mentions')).toBeNull();
    expect(settingsFieldOf('settings.stray')).toBeNull();
    expect(settingsFieldOf('settings')).toBeNull();
  });

  it('word amounts and rates with the feature’s sentences', () => {
    expect(settingsMessageKey('shareCapital', 'invalid')).toBe('shareCapitalInvalid');
    expect(settingsMessageKey('creditValue', 'tooLong')).toBe('creditValueInvalid');
    expect(settingsMessageKey('creditValue', 'required')).toBe('creditValueInvalid');
    expect(settingsMessageKey('sessionVatRate', 'invalid')).toBe('sessionVatRateInvalid');
    expect(settingsMessageKey('siret', 'siretInvalid')).toBe('siretInvalid');
  });

  it('place the callable’s issues under the fields, the first of each field winning', () => {
    const issues = [
      { path: 'settings.policies.cancellationWindowHours', code: 'cancellationWindowInvalid', message: '…' },
      { path: 'settings.invoicing.creditValueCents', code: 'invalid', message: '…' },
      { path: 'settings.legalEntity.siret', code: 'required', message: '…' },
      { path: 'settings.legalEntity.siret', code: 'siretInvalid', message: '…' },
      { path: 'settings.unknown', code: 'unknownField', message: 'Champ inconnu.' },
    ];
    expect(settingsIssuesToFields(issues)).toEqual({
      fields: {
        cancellationWindowHours: 'cancellationWindowInvalid',
        creditValue: 'creditValueInvalid',
        siret: 'required',
      },
      other: [{ path: 'settings.unknown', code: 'unknownField', message: 'Champ inconnu.' }],
    });
  });

  it('tell fields and the feature’s own message keys', () => {
    expect(isSettingsField('mention.latePenalty')).toBe(true);
    expect(isSettingsField('timeZone')).toBe(true);
    expect(isSettingsField('mentions')).toBe(false);
    expect(isSettingsFieldError('leadTimeDuplicate')).toBe(true);
    expect(isSettingsFieldError('required')).toBe(false);
  });
});
