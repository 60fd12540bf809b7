// The staff ledger list's filters (issue 8 item 2): member, kind of movement, period and order,
// kept in the address. Without a member the list reads every wallet's entries (a collection-group
// query, allowed to admins and assistants); with one, that wallet's own entries.
import { LEDGER_KINDS, type LedgerKind } from '@agora/domain';
import {
  choiceFromParams,
  memberPeriodEntries,
  memberPeriodFromParams,
  paramsOf,
  periodRange,
  type MemberPeriodFilters,
} from '../../app/lists/listParams.ts';
import type { ListQuery } from '../../lib/firebase/lists.ts';

export interface LedgerFilters extends MemberPeriodFilters {
  kind: LedgerKind | 'all';
}

export function ledgerFiltersFromParams(params: URLSearchParams): LedgerFilters {
  return {
    kind: choiceFromParams(params, 'kind', LEDGER_KINDS),
    ...memberPeriodFromParams(params),
  };
}

export function ledgerFiltersToParams(filters: LedgerFilters): Record<string, string> {
  return paramsOf([['kind', filters.kind], ...memberPeriodEntries(filters)]);
}

/** Entries written in the period, by time, of one kind or all (the member picks the wallet). */
export function ledgerQuery(filters: LedgerFilters, timeZone: string): ListQuery {
  return {
    where: filters.kind === 'all' ? [] : [{ field: 'kind', value: filters.kind }],
    orderBy: { field: 'createdAt', direction: filters.order },
    range: periodRange(filters, timeZone),
  };
}
