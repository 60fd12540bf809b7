// The staff list's filters: read from and written to the address, and turned into the Firestore
// query (period in the organisation's zone, member, kind) and the status check made on each document.
import { describe, expect, it } from 'vitest';
import {
  filtersFromParams,
  filtersKey,
  filtersToParams,
  hasFilters,
  invoicesQuery,
  invoiceStatus,
  NO_FILTERS,
  statusCheck,
  toKindFilter,
  toStatusFilter,
} from './listQueries.ts';

const PARIS = 'Europe/Paris';
const params = (text: string) => new URLSearchParams(text);

describe('invoice list filters', () => {
  it('read no filter from an empty address', () => {
    expect(filtersFromParams(params(''))).toEqual(NO_FILTERS);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(filtersKey(NO_FILTERS)).toBe('');
  });

  it('read every filter, and ignore values the list does not know', () => {
    expect(
      filtersFromParams(
        params('from=2026-01-01&to=2026-01-31&member=uid_1&kind=credit-note&status=corrected'),
      ),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      uid: 'uid_1',
      kind: 'credit-note',
      status: 'corrected',
    });
    expect(
      filtersFromParams(params('from=2026-02-30&to=tomorrow&member=a/b&kind=receipt&status=paid')),
    ).toEqual(NO_FILTERS);
    expect(toKindFilter('statement')).toBe('statement');
    expect(toKindFilter(null)).toBe('all');
    expect(toStatusFilter('issued')).toBe('issued');
    expect(toStatusFilter('Émise')).toBe('all');
  });

  it('turn a period written backwards the right way round', () => {
    const filters = filtersFromParams(params('from=2026-03-31&to=2026-03-01'));
    expect([filters.from, filters.to]).toEqual(['2026-03-01', '2026-03-31']);
  });

  it('write only the filters set, and read them back the same', () => {
    const filters = { from: '2026-05-01', to: null, uid: 'u1', kind: 'invoice', status: 'all' } as const;
    expect(filtersToParams(filters)).toEqual({ from: '2026-05-01', member: 'u1', kind: 'invoice' });
    expect(filtersFromParams(params(filtersKey(filters)))).toEqual(filters);
    expect(filtersKey(filters)).toBe('from=2026-05-01&member=u1&kind=invoice');
    expect(hasFilters(filters)).toBe(true);
  });
});

describe('invoice list query', () => {
  it('lists everything newest first without filters', () => {
    expect(invoicesQuery(NO_FILTERS, PARIS)).toEqual({
      uid: null,
      kind: null,
      issuedFrom: null,
      issuedBefore: null,
    });
  });

  it('filters on the member and the kind', () => {
    const spec = invoicesQuery({ ...NO_FILTERS, uid: 'u1', kind: 'credit-note' }, PARIS);
    expect(spec.uid).toBe('u1');
    expect(spec.kind).toBe('credit-note');
  });

  it('covers whole days in the organisation zone, the last day included', () => {
    // Winter (UTC+1) to summer (UTC+2): both midnights are Paris midnights.
    const spec = invoicesQuery({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-31' }, PARIS);
    expect(spec.issuedFrom?.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(spec.issuedBefore?.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    const oneDay = invoicesQuery({ ...NO_FILTERS, from: '2026-07-14', to: '2026-07-14' }, PARIS);
    expect(oneDay.issuedFrom?.toISOString()).toBe('2026-07-13T22:00:00.000Z');
    expect(oneDay.issuedBefore?.toISOString()).toBe('2026-07-14T22:00:00.000Z');
    const openEnded = invoicesQuery({ ...NO_FILTERS, to: '2026-01-15' }, 'UTC');
    expect(openEnded.issuedFrom).toBeNull();
    expect(openEnded.issuedBefore?.toISOString()).toBe('2026-01-16T00:00:00.000Z');
  });

  it('checks the status on each document: corrected when a credit note cancelled it', () => {
    const corrected = { correctedBy: { id: 'cn1', number: 'A-2026-000001' } };
    const issued = { correctedBy: null };
    expect(invoiceStatus(corrected)).toBe('corrected');
    expect(invoiceStatus(issued)).toBe('issued');
    expect(statusCheck('all')).toBeNull();
    expect(statusCheck('corrected')?.(corrected)).toBe(true);
    expect(statusCheck('corrected')?.(issued)).toBe(false);
    expect(statusCheck('issued')?.(issued)).toBe(true);
    expect(statusCheck('issued')?.(corrected)).toBe(false);
  });
});
