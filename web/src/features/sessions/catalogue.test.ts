// Which sessions the catalogue shows for each filter, and how its state travels in the address.
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../lib/firebase/sessions.ts';
import {
  catalogueParams,
  catalogueQueryRange,
  filterOptions,
  filterSessions,
  hasFilters,
  NO_FILTERS,
  parseCatalogueParams,
  seatsLeft,
  type CatalogueState,
} from './catalogue.ts';

const PARIS = 'Europe/Paris';
const NOW = new Date('2026-11-20T10:00:00Z');

function session(id: string, startsAt: string, patch: Partial<SessionRecord> = {}): SessionRecord {
  const start = new Date(startsAt);
  return {
    id,
    title: `Session ${id}`,
    description: null,
    topic: 'Bureautique',
    trainer: 'Claire Martin',
    startsAt: start,
    endsAt: new Date(start.getTime() + 3 * 3_600_000),
    mode: 'onsite',
    place: 'Salle 1',
    capacity: 10,
    creditCost: 2,
    published: true,
    status: 'scheduled',
    seatsBooked: 0,
    waitlistCount: 0,
    cancelReason: null,
    ...patch,
  };
}

const ids = (sessions: SessionRecord[]) => sessions.map((s) => s.id);

describe('filterSessions', () => {
  const all = [
    session('later', '2026-12-10T08:00:00Z', { topic: 'Numérique', trainer: 'Paul Durand' }),
    session('past', '2026-11-18T08:00:00Z'),
    session('started', '2026-11-20T09:00:00Z'),
    session('soon', '2026-11-20T13:00:00Z'),
    session('cancelled', '2026-11-25T08:00:00Z', { status: 'cancelled' }),
    session('unpublished', '2026-11-26T08:00:00Z', { published: false }),
    session('full', '2026-12-01T08:00:00Z', { seatsBooked: 10 }),
  ];

  it('shows only future scheduled published sessions by default, soonest first', () => {
    expect(ids(filterSessions(all, NO_FILTERS, NOW, PARIS))).toEqual(['soon', 'full', 'later']);
  });

  it('looks back from a first day chosen in the past', () => {
    expect(ids(filterSessions(all, { ...NO_FILTERS, from: '2026-11-18' }, NOW, PARIS))).toEqual([
      'past',
      'started',
      'soon',
      'full',
      'later',
    ]);
  });

  it('includes the whole last day in Paris, late evening too, and nothing after', () => {
    const evening = [
      session('last-evening', '2026-12-01T22:30:00Z'), // 23:30 on 1 December in Paris
      session('next-night', '2026-12-01T23:30:00Z'), // 00:30 on 2 December in Paris
    ];
    expect(ids(filterSessions(evening, { ...NO_FILTERS, to: '2026-12-01' }, NOW, PARIS))).toEqual([
      'last-evening',
    ]);
    expect(
      ids(filterSessions(evening, { ...NO_FILTERS, from: '2026-12-02', to: '2026-12-02' }, NOW, PARIS)),
    ).toEqual(['next-night']);
  });

  it('filters by topic, trainer and seats left', () => {
    expect(ids(filterSessions(all, { ...NO_FILTERS, topic: 'Numérique' }, NOW, PARIS))).toEqual(['later']);
    expect(ids(filterSessions(all, { ...NO_FILTERS, trainer: 'Claire Martin' }, NOW, PARIS))).toEqual([
      'soon',
      'full',
    ]);
    expect(ids(filterSessions(all, { ...NO_FILTERS, availableOnly: true }, NOW, PARIS))).toEqual([
      'soon',
      'later',
    ]);
  });

  it('shows nothing when the last day comes before the first', () => {
    expect(filterSessions(all, { ...NO_FILTERS, from: '2026-12-10', to: '2026-12-01' }, NOW, PARIS)).toEqual(
      [],
    );
  });
});

describe('seatsLeft', () => {
  it('counts free seats, never below zero', () => {
    expect(seatsLeft({ capacity: 10, seatsBooked: 7 })).toBe(3);
    expect(seatsLeft({ capacity: 10, seatsBooked: 10 })).toBe(0);
    expect(seatsLeft({ capacity: 8, seatsBooked: 10 })).toBe(0);
  });
});

describe('filterOptions', () => {
  it('lists each value once, sorted, keeping the current choice', () => {
    const sessions = [
      session('a', '2026-12-01T08:00:00Z', { topic: 'Numérique' }),
      session('b', '2026-12-02T08:00:00Z', { topic: 'Bureautique' }),
      session('c', '2026-12-03T08:00:00Z', { topic: 'Numérique' }),
      session('d', '2026-12-04T08:00:00Z', { topic: '' }),
    ];
    expect(filterOptions(sessions, (s) => s.topic, null)).toEqual(['Bureautique', 'Numérique']);
    expect(filterOptions(sessions, (s) => s.topic, 'Anglais')).toEqual([
      'Anglais',
      'Bureautique',
      'Numérique',
    ]);
  });
});

describe('catalogueQueryRange', () => {
  it('loads from today’s midnight in Paris by default, with no end', () => {
    const range = catalogueQueryRange(NO_FILTERS, '2026-11-20', PARIS);
    expect(range.from.toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(range.to).toBeNull();
  });

  it('loads the chosen days, the last one whole', () => {
    const range = catalogueQueryRange(
      { ...NO_FILTERS, from: '2026-10-01', to: '2026-10-25' },
      '2026-11-20',
      PARIS,
    );
    expect(range.from.toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(range.to?.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('catalogue address', () => {
  it('reads defaults from a bare address and leaves them out when writing', () => {
    const state = parseCatalogueParams(new URLSearchParams());
    expect(state).toEqual({ view: 'list', period: 'month', anchor: null, filters: NO_FILTERS });
    expect(catalogueParams(state).toString()).toBe('');
    expect(hasFilters(state.filters)).toBe(false);
  });

  it('round-trips every setting', () => {
    const state: CatalogueState = {
      view: 'calendar',
      period: 'week',
      anchor: '2026-10-25',
      filters: {
        from: '2026-10-01',
        to: '2026-10-31',
        topic: 'Numérique',
        trainer: 'Paul Durand',
        availableOnly: true,
      },
    };
    expect(parseCatalogueParams(catalogueParams(state))).toEqual(state);
    expect(hasFilters(state.filters)).toBe(true);
  });

  it('ignores values it does not know', () => {
    const state = parseCatalogueParams(
      new URLSearchParams('view=grid&period=year&date=2026-02-30&from=yesterday&topic=%20&available=yes'),
    );
    expect(state).toEqual({ view: 'list', period: 'month', anchor: null, filters: NO_FILTERS });
  });
});
