// What the staff calendar shows, kept in the address (?view=day&date=2026-03-02&resource=<id>), so a
// link or a reload opens the same page, and browser tests reach a given day directly.
import { isLocalDate } from '@agora/domain';

export const CALENDAR_VIEWS = ['day', 'week', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface CalendarParams {
  view: CalendarView;
  /** The reference day, 'YYYY-MM-DD' in the organisation's zone. */
  date: string;
  /** One resource, or null for all of them. */
  resource: string | null;
  showCancelled: boolean;
}

const DEFAULT_VIEW: CalendarView = 'week';

/** The calendar's state from the address; anything missing or unreadable takes its default. */
export function readCalendarParams(params: URLSearchParams, today: string): CalendarParams {
  const view = CALENDAR_VIEWS.find((candidate) => candidate === params.get('view')) ?? DEFAULT_VIEW;
  const date = params.get('date') ?? '';
  const resource = params.get('resource')?.trim() ?? '';
  return {
    view,
    date: isLocalDate(date) ? date : today,
    resource: resource === '' || resource === 'all' ? null : resource,
    showCancelled: params.get('cancelled') === '1',
  };
}

/** The address after a change; other parameters are kept as they are. */
export function writeCalendarParams(
  current: URLSearchParams,
  patch: Partial<CalendarParams>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  if (patch.view !== undefined) next.set('view', patch.view);
  if (patch.date !== undefined) next.set('date', patch.date);
  if (patch.resource !== undefined) {
    if (patch.resource === null) next.delete('resource');
    else next.set('resource', patch.resource);
  }
  if (patch.showCancelled !== undefined) {
    if (patch.showCancelled) next.set('cancelled', '1');
    else next.delete('cancelled');
  }
  return next;
}
