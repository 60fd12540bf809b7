// Filters of a staff list kept in the address (?from=&to=&order=&member=…), so a filtered list
// survives a reload and can be shared; and the days of a period as the instants a query uses.
import { addDays, isIsoDate, startOfDay, type IsoDate } from '../../features/sessions/time.ts';

export type SortOrder = 'asc' | 'desc';

export interface Period {
  /** First day (inclusive), in the organisation's calendar. */
  from: IsoDate | null;
  /** Last day (inclusive). */
  to: IsoDate | null;
}

const UID = /^[A-Za-z0-9_-]{1,128}$/;

/** The period in the address; one written backwards (shared by hand) means the same days. */
export function periodFromParams(params: URLSearchParams): Period {
  const day = (value: string | null): IsoDate | null => (isIsoDate(value) ? value : null);
  const from = day(params.get('from'));
  const to = day(params.get('to'));
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
}

/** The `order` parameter: newest first unless told otherwise. */
export function orderFromParams(params: URLSearchParams): SortOrder {
  return params.get('order') === 'asc' ? 'asc' : 'desc';
}

/** The `member` parameter when it looks like a uid. */
export function memberFromParams(params: URLSearchParams): string | null {
  const uid = params.get('member');
  return uid !== null && UID.test(uid) ? uid : null;
}

/** A value of `values`, or 'all' for a missing or unknown one. */
export function choiceFromParams<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
): T | 'all' {
  return values.find((value) => value === params.get(name)) ?? 'all';
}

/** The days as instants: midnight of the first day up to the midnight after the last. */
export function periodRange(period: Period, timeZone: string): { from: Date | null; before: Date | null } {
  return {
    from: period.from ? startOfDay(period.from, timeZone) : null,
    before: period.to ? startOfDay(addDays(period.to, 1), timeZone) : null,
  };
}

/** The parameters set, in the order given, leaving out 'all', null and the default order. */
export function paramsOf(entries: readonly [string, string | null][]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (value !== null && value !== 'all' && !(name === 'order' && value === 'desc')) params[name] = value;
  }
  return params;
}

/** What most staff lists filter on besides their own choices: a member, a period, the order. */
export interface MemberPeriodFilters extends Period {
  uid: string | null;
  order: SortOrder;
}

export function memberPeriodFromParams(params: URLSearchParams): MemberPeriodFilters {
  return { uid: memberFromParams(params), ...periodFromParams(params), order: orderFromParams(params) };
}

/** The address entries of those filters, after the list's own (`paramsOf` drops the unset ones). */
export function memberPeriodEntries(filters: MemberPeriodFilters): [string, string | null][] {
  return [
    ['member', filters.uid],
    ['from', filters.from],
    ['to', filters.to],
    ['order', filters.order],
  ];
}
