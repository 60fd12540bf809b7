// The catalogue's state (view, calendar period, filters) as it travels in the address, so the back
// button and a shared link show the same selection, and which sessions that state shows. Visitors
// see future sessions by default; a "Du" date in the past lets them look back from that day.
import type { SessionRecord } from '../../lib/firebase/sessions.ts';
import { CALENDAR_PERIODS, type CalendarPeriod } from './calendar.ts';
import { addDays, isIsoDate, startOfDay, type IsoDate } from './time.ts';

export const CATALOGUE_VIEWS = ['list', 'calendar'] as const;
export type CatalogueView = (typeof CATALOGUE_VIEWS)[number];

export interface CatalogueFilters {
  /** First day shown (inclusive); null: from now on. */
  from: IsoDate | null;
  /** Last day shown (inclusive); null: no end. */
  to: IsoDate | null;
  topic: string | null;
  trainer: string | null;
  /** Only sessions with a seat left. */
  availableOnly: boolean;
}

export interface CatalogueState {
  view: CatalogueView;
  period: CalendarPeriod;
  /** A day of the month or week the calendar shows; null: today. */
  anchor: IsoDate | null;
  filters: CatalogueFilters;
}

export const NO_FILTERS: CatalogueFilters = {
  from: null,
  to: null,
  topic: null,
  trainer: null,
  availableOnly: false,
};

const nonEmpty = (value: string | null): string | null => (value?.trim() ? value.trim() : null);
const dayParam = (value: string | null): IsoDate | null => (isIsoDate(value) ? value : null);

/** Reads the state from `?view=&period=&date=&from=&to=&topic=&trainer=&available=1`. */
export function parseCatalogueParams(params: URLSearchParams): CatalogueState {
  const view = CATALOGUE_VIEWS.find((v) => v === params.get('view')) ?? 'list';
  const period = CALENDAR_PERIODS.find((p) => p === params.get('period')) ?? 'month';
  return {
    view,
    period,
    anchor: dayParam(params.get('date')),
    filters: {
      from: dayParam(params.get('from')),
      to: dayParam(params.get('to')),
      topic: nonEmpty(params.get('topic')),
      trainer: nonEmpty(params.get('trainer')),
      availableOnly: params.get('available') === '1',
    },
  };
}

/** Writes the state back, leaving defaults out (a plain /sessions is the default view). */
export function catalogueParams(state: CatalogueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view !== 'list') params.set('view', state.view);
  if (state.period !== 'month') params.set('period', state.period);
  if (state.anchor) params.set('date', state.anchor);
  const { from, to, topic, trainer, availableOnly } = state.filters;
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (topic) params.set('topic', topic);
  if (trainer) params.set('trainer', trainer);
  if (availableOnly) params.set('available', '1');
  return params;
}

/** True when a filter narrows the list (offers to clear them). */
export function hasFilters(filters: CatalogueFilters): boolean {
  return (
    filters.from !== null ||
    filters.to !== null ||
    filters.topic !== null ||
    filters.trainer !== null ||
    filters.availableOnly
  );
}

/**
 * The start range the catalogue loads: from the chosen first day, else from today's midnight (a
 * stable bound for the whole day, so the live query is not renewed every minute; sessions already
 * started today are then hidden by filterSessions), to the day after the chosen last day.
 */
export function catalogueQueryRange(
  filters: CatalogueFilters,
  today: IsoDate,
  timeZone: string,
): { from: Date; to: Date | null } {
  return {
    from: startOfDay(filters.from ?? today, timeZone),
    to: filters.to ? startOfDay(addDays(filters.to, 1), timeZone) : null,
  };
}

/** Seats still free (never negative, even if staff lowered the capacity below the bookings). */
export function seatsLeft(session: Pick<SessionRecord, 'capacity' | 'seatsBooked'>): number {
  return Math.max(0, session.capacity - session.seatsBooked);
}

/**
 * The sessions the catalogue shows, by start: published and scheduled (cancelled ones leave the
 * catalogue), not started unless a first day is chosen, then the date, topic, trainer and seat
 * filters.
 */
export function filterSessions(
  sessions: readonly SessionRecord[],
  filters: CatalogueFilters,
  now: Date,
  timeZone: string,
): SessionRecord[] {
  const from = filters.from ? startOfDay(filters.from, timeZone).getTime() : null;
  const to = filters.to ? startOfDay(addDays(filters.to, 1), timeZone).getTime() : null;
  return sessions
    .filter((session) => {
      const start = session.startsAt.getTime();
      if (!session.published || session.status !== 'scheduled') return false;
      if (from === null ? start <= now.getTime() : start < from) return false;
      if (to !== null && start >= to) return false;
      if (filters.topic !== null && session.topic !== filters.topic) return false;
      if (filters.trainer !== null && session.trainer !== filters.trainer) return false;
      if (filters.availableOnly && seatsLeft(session) === 0) return false;
      return true;
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, 'fr'));
}

/**
 * The choices of a select (topics or trainers): the values of the sessions shown for the dates
 * chosen, sorted, plus the current choice even when no session carries it any more (a select
 * must hold its value).
 */
export function filterOptions(
  sessions: readonly SessionRecord[],
  pick: (session: SessionRecord) => string,
  current: string | null,
): string[] {
  const values = new Set(sessions.map(pick).filter((value) => value !== ''));
  if (current) values.add(current);
  return [...values].sort((a, b) => a.localeCompare(b, 'fr'));
}
