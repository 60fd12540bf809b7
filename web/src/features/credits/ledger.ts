// Pure helpers of the wallet history: the kind filter, and how a change reads.
import { LEDGER_KINDS, type LedgerKind } from '@agora/domain';

export type LedgerFilter = LedgerKind | 'all';

/** The value of the "Type d’opération" select as a filter (anything unknown: every kind). */
export function toLedgerFilter(value: string | null | undefined): LedgerFilter {
  return LEDGER_KINDS.find((kind) => kind === value) ?? 'all';
}

/** The kind the ledger query filters on, null for every kind. */
export function ledgerKindOf(filter: LedgerFilter): LedgerKind | null {
  return filter === 'all' ? null : filter;
}

/** Credits added in green, removed in red. */
export function deltaColor(delta: number): 'success.main' | 'error.main' | 'text.primary' {
  if (delta > 0) return 'success.main';
  if (delta < 0) return 'error.main';
  return 'text.primary';
}
