import { describe, expect, it } from 'vitest';
import { ledgerFiltersFromParams, ledgerFiltersToParams, ledgerQuery } from './ledgerFilters.ts';

describe('staff ledger filters', () => {
  it('reads the address and writes back the same filters', () => {
    const filters = ledgerFiltersFromParams(new URLSearchParams('kind=refund&member=bob&to=2026-11-30'));
    expect(filters).toEqual({ kind: 'refund', uid: 'bob', from: null, to: '2026-11-30', order: 'desc' });
    expect(ledgerFiltersToParams(filters)).toEqual({ kind: 'refund', member: 'bob', to: '2026-11-30' });
    expect(ledgerFiltersFromParams(new URLSearchParams('kind=gift')).kind).toBe('all');
  });

  it('queries by time with the kind chosen and the period on the Paris clock', () => {
    const filters = ledgerFiltersFromParams(new URLSearchParams('kind=booking&from=2026-03-29&order=asc'));
    expect(ledgerQuery(filters, 'Europe/Paris')).toEqual({
      where: [{ field: 'kind', value: 'booking' }],
      orderBy: { field: 'createdAt', direction: 'asc' },
      range: { from: new Date('2026-03-28T23:00:00Z'), before: null },
    });
  });
});
