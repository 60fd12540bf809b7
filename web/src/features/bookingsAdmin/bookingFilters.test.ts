import { describe, expect, it } from 'vitest';
import { bookingFiltersFromParams, bookingFiltersToParams, bookingsQuery } from './bookingFilters.ts';

describe('staff bookings filters', () => {
  it('reads the address and writes back the same filters', () => {
    const filters = bookingFiltersFromParams(
      new URLSearchParams('kind=space&status=cancelled&member=ana&from=2026-11-01&to=2026-11-30&order=asc'),
    );
    expect(filters).toEqual({
      kind: 'space',
      status: 'cancelled',
      uid: 'ana',
      from: '2026-11-01',
      to: '2026-11-30',
      order: 'asc',
    });
    expect(bookingFiltersToParams(filters)).toEqual({
      kind: 'space',
      status: 'cancelled',
      member: 'ana',
      from: '2026-11-01',
      to: '2026-11-30',
      order: 'asc',
    });
  });

  it('treats unknown values as no filter', () => {
    const filters = bookingFiltersFromParams(new URLSearchParams('kind=event&status=lost'));
    expect(filters).toMatchObject({ kind: 'all', status: 'all', uid: null, order: 'desc' });
    expect(bookingFiltersToParams(filters)).toEqual({});
  });

  it('queries by start time with the chosen equality filters and the period on the Paris clock', () => {
    const filters = bookingFiltersFromParams(
      new URLSearchParams('kind=session&member=ana&from=2026-11-01&to=2026-11-30'),
    );
    expect(bookingsQuery(filters, 'Europe/Paris')).toEqual({
      where: [
        { field: 'kind', value: 'session' },
        { field: 'uid', value: 'ana' },
      ],
      orderBy: { field: 'startsAt', direction: 'desc' },
      range: { from: new Date('2026-10-31T23:00:00Z'), before: new Date('2026-11-30T23:00:00Z') },
    });
    expect(bookingsQuery(bookingFiltersFromParams(new URLSearchParams()), 'Europe/Paris')).toEqual({
      where: [],
      orderBy: { field: 'startsAt', direction: 'desc' },
      range: { from: null, before: null },
    });
  });
});
