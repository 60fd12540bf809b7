import { describe, expect, it } from 'vitest';
import { toExportRecord } from './exportRecord.ts';

const at = (iso: string) => ({ toDate: () => new Date(iso) });

describe('toExportRecord', () => {
  it('reads a finished job with its link', () => {
    const job = toExportRecord('e1', {
      dataset: 'invoices',
      format: 'xlsx',
      from: '2026-01-01',
      to: '2026-03-31',
      status: 'done',
      rowsDone: 1200,
      requestedBy: 'staff-uid',
      path: 'exports/e1/invoices-2026-01-01-2026-03-31.xlsx',
      url: 'https://example.test/file?alt=media&token=t',
      fileName: 'invoices-2026-01-01-2026-03-31.xlsx',
      bytes: 48_213,
      createdAt: at('2026-05-15T12:00:00Z'),
      finishedAt: at('2026-05-15T12:00:09Z'),
    });
    expect(job).toEqual({
      id: 'e1',
      dataset: 'invoices',
      rawDataset: 'invoices',
      format: 'xlsx',
      status: 'done',
      rawStatus: 'done',
      rowsDone: 1200,
      from: '2026-01-01',
      to: '2026-03-31',
      requestedBy: 'staff-uid',
      url: 'https://example.test/file?alt=media&token=t',
      fileName: 'invoices-2026-01-01-2026-03-31.xlsx',
      bytes: 48_213,
      error: null,
      createdAt: new Date('2026-05-15T12:00:00Z'),
      finishedAt: new Date('2026-05-15T12:00:09Z'),
    });
  });

  it('keeps a failed job’s message and reads a queued one without dates', () => {
    expect(
      toExportRecord('e2', { status: 'failed', format: 'pdf', error: 'Plus de 5000 lignes' }),
    ).toMatchObject({ status: 'failed', error: 'Plus de 5000 lignes', url: null, createdAt: null });
    expect(toExportRecord('e3', { dataset: 'balances', status: 'queued', rowsDone: 0 })).toMatchObject({
      dataset: 'balances',
      status: 'queued',
      from: null,
      to: null,
    });
  });

  it('reads unknown or mistyped fields leniently', () => {
    const job = toExportRecord('e4', {
      dataset: 'future',
      format: 'ods',
      status: 'paused',
      rowsDone: -3,
      bytes: Number.NaN,
      url: '  ',
      createdAt: '2026-05-15',
    });
    expect(job).toMatchObject({
      dataset: null,
      rawDataset: 'future',
      format: null,
      status: null,
      rawStatus: 'paused',
      rowsDone: 0,
      bytes: null,
      url: null,
      createdAt: null,
    });
    expect(toExportRecord('e5', 'not a map')).toMatchObject({ id: 'e5', status: null, requestedBy: '' });
  });
});
