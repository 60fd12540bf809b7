// Which local days the slot grid shows: one day, or the Monday-to-Sunday week of the chosen day,
// within the days a member may book (today up to the resource's booking window). The chosen day
// and view travel in the address of /spaces/:resourceId, so a reload or a shared link shows them.
import { addDays, isIsoDate, weekdayIndex, type IsoDate } from '../sessions/time.ts';

export const SLOT_VIEWS = ['day', 'week'] as const;
export type SlotView = (typeof SLOT_VIEWS)[number];

export interface DayBounds {
  /** First day offered (today in the organisation's zone). */
  min: IsoDate;
  /** Last day offered (today + the resource's booking window). */
  max: IsoDate;
}

/** The days on screen, in order: the chosen day, or Monday..Sunday of its week. */
export function viewDays(date: IsoDate, view: SlotView): IsoDate[] {
  if (view === 'day') return [date];
  const monday = addDays(date, -weekdayIndex(date));
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** `date` brought inside the bounds. ISO days compare as strings. */
export function clampDay(date: IsoDate, bounds: DayBounds): IsoDate {
  if (date < bounds.min) return bounds.min;
  if (date > bounds.max) return bounds.max;
  return date;
}

/** The bookable days: today and the next `bookingWindowDays`. */
export function dayBounds(today: IsoDate, bookingWindowDays: number): DayBounds {
  return { min: today, max: addDays(today, bookingWindowDays) };
}

/**
 * The day shown after "previous" (-1) or "next" (+1): one day or one week further, kept within the
 * bounds; null when the view already shows the first (or last) bookable day.
 */
export function shiftDay(date: IsoDate, view: SlotView, step: -1 | 1, bounds: DayBounds): IsoDate | null {
  const days = viewDays(date, view);
  const edge = step < 0 ? days[0] : days[days.length - 1];
  if (edge === undefined) return null;
  if (step < 0 ? edge <= bounds.min : edge >= bounds.max) return null;
  return clampDay(addDays(date, view === 'day' ? step : step * 7), bounds);
}

export interface SlotViewState {
  date: IsoDate;
  view: SlotView;
}

/** Reads `?date=YYYY-MM-DD&view=week`; a missing, malformed or out-of-bounds day reads as the nearest bookable one. */
export function parseSlotParams(params: URLSearchParams, bounds: DayBounds): SlotViewState {
  const raw = params.get('date');
  return {
    date: clampDay(isIsoDate(raw) ? raw : bounds.min, bounds),
    view: SLOT_VIEWS.find((view) => view === params.get('view')) ?? 'day',
  };
}

/** Writes the state back, leaving the defaults (today, day view) out. */
export function slotParams(state: SlotViewState, bounds: DayBounds): URLSearchParams {
  const params = new URLSearchParams();
  if (state.date !== bounds.min) params.set('date', state.date);
  if (state.view !== 'day') params.set('view', state.view);
  return params;
}
