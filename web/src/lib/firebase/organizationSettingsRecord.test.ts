import { describe, expect, it } from 'vitest';
import { readOrganizationSettings } from './organizationSettingsRecord.ts';

const valid = {
  legalEntity: {
    name: 'Les Ateliers Agora',
    legalForm: 'SAS',
    address: { line1: '18 rue de la Charité', postalCode: '69002', city: 'Lyon', country: 'FR' },
    siret: '84412345600017',
    email: 'contact@agora.test',
  },
  vatRegime: 'standard',
  branding: { displayName: 'Agora', primaryColor: '#1d4e89' },
  policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24, 2] },
  modules: {
    credits: true,
    sessions: true,
    spaces: false,
    events: false,
    content: false,
    directory: false,
    domiciliation: false,
  },
  updatedBy: 'admin-uid',
};

describe('readOrganizationSettings', () => {
  it('reads a missing document as defaults to start from', () => {
    expect(readOrganizationSettings(false, undefined)).toEqual({
      exists: false,
      raw: {},
      settings: null,
      issues: [],
    });
  });

  it('parses a valid document, applying the schema defaults and keeping the raw data', () => {
    const read = readOrganizationSettings(true, valid);
    expect(read.issues).toEqual([]);
    expect(read.raw).toBe(valid);
    expect(read.settings?.voucherMode).toBe('multi-purpose');
    expect(read.settings?.timeZone).toBe('Europe/Paris');
    expect(read.settings?.defaultLocale).toBe('fr');
    expect(read.settings?.policies.reminderLeadTimesHours).toEqual([24, 2]);
  });

  it('keeps an invalid document with the issues of each field', () => {
    const read = readOrganizationSettings(true, {
      ...valid,
      policies: { cancellationWindowHours: 1000, reminderLeadTimesHours: [] },
      branding: { displayName: 'Agora', primaryColor: 'blue' },
    });
    expect(read.settings).toBeNull();
    expect(read.raw.vatRegime).toBe('standard');
    expect(read.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['branding.primaryColor', 'colorInvalid'],
      ['policies.cancellationWindowHours', 'cancellationWindowInvalid'],
    ]);
  });

  it('reads a document that is not a map as an empty, invalid one', () => {
    const read = readOrganizationSettings(true, 'oops');
    expect(read.raw).toEqual({});
    expect(read.settings).toBeNull();
    expect(read.issues.map((issue) => issue.path)).toContain('legalEntity');
  });
});
