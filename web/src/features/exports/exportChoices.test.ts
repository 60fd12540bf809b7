import { describe, expect, it } from 'vitest';
import { DATASET_CHOICES, isUnderway, periodKind, toDataset, toFormat } from './exportChoices.ts';

describe('export choices', () => {
  it('list the datasets in the order of the form', () => {
    expect(DATASET_CHOICES).toEqual(['bookings', 'invoices', 'balances', 'ledger', 'statistics']);
  });

  it('read the selects back, falling back on the defaults', () => {
    expect(toDataset('ledger')).toBe('ledger');
    expect(toDataset('other')).toBe('bookings');
    expect(toFormat('pdf')).toBe('pdf');
    expect(toFormat('ods')).toBe('csv');
  });
});

describe('isUnderway', () => {
  it('is true until the job is done or failed, unknown statuses included', () => {
    expect(isUnderway('queued')).toBe(true);
    expect(isUnderway('running')).toBe(true);
    expect(isUnderway(null)).toBe(true);
    expect(isUnderway('done')).toBe(false);
    expect(isUnderway('failed')).toBe(false);
  });
});

describe('periodKind', () => {
  it('tells which edges a job has', () => {
    expect(periodKind({ from: '2026-01-01', to: '2026-01-31' })).toBe('between');
    expect(periodKind({ from: '2026-01-01', to: null })).toBe('since');
    expect(periodKind({ from: null, to: '2026-01-31' })).toBe('until');
    expect(periodKind({ from: null, to: null })).toBe('all');
  });
});
