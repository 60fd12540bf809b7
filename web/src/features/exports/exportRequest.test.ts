import { describe, expect, it } from 'vitest';
import {
  buildExportRequest,
  datasetHasPeriod,
  exportFormError,
  INITIAL_EXPORT_FORM,
  type ExportFormValues,
} from './exportRequest.ts';

const form = (values: Partial<ExportFormValues>): ExportFormValues => ({ ...INITIAL_EXPORT_FORM, ...values });

describe('buildExportRequest', () => {
  it('sends the dataset and format, without dates when the period is open', () => {
    expect(buildExportRequest(INITIAL_EXPORT_FORM)).toEqual({ dataset: 'bookings', format: 'csv' });
  });

  it('sends the days picked, one side or both', () => {
    expect(
      buildExportRequest(form({ dataset: 'invoices', format: 'xlsx', from: '2026-01-01', to: '2026-03-31' })),
    ).toEqual({ dataset: 'invoices', format: 'xlsx', from: '2026-01-01', to: '2026-03-31' });
    expect(buildExportRequest(form({ dataset: 'ledger', to: '2026-03-31' }))).toEqual({
      dataset: 'ledger',
      format: 'csv',
      to: '2026-03-31',
    });
  });

  it('drops the period of balances, which are as of now', () => {
    expect(buildExportRequest(form({ dataset: 'balances', format: 'pdf', from: '2026-01-01' }))).toEqual({
      dataset: 'balances',
      format: 'pdf',
    });
  });

  it('drops a day that is not one', () => {
    expect(buildExportRequest(form({ from: '2026-02-30', to: 'hier' }))).toEqual({
      dataset: 'bookings',
      format: 'csv',
    });
  });
});

describe('exportFormError', () => {
  it('refuses an end before the start', () => {
    expect(exportFormError(form({ from: '2026-03-01', to: '2026-02-28' }))).toBe('endBeforeStart');
  });

  it('accepts a single day, an open period, and any dates on balances', () => {
    expect(exportFormError(form({ from: '2026-03-01', to: '2026-03-01' }))).toBeNull();
    expect(exportFormError(form({ from: '2026-03-01' }))).toBeNull();
    expect(exportFormError(form({ dataset: 'balances', from: '2026-03-01', to: '2026-02-28' }))).toBeNull();
  });
});

describe('datasetHasPeriod', () => {
  it('is false for balances only', () => {
    expect(datasetHasPeriod('balances')).toBe(false);
    expect(datasetHasPeriod('statistics')).toBe(true);
  });
});
