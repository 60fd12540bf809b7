import { describe, expect, it } from 'vitest';
import { deltaColor, ledgerKindOf, toLedgerFilter } from './ledger.ts';

describe('ledger filter', () => {
  it('reads the select value', () => {
    expect(toLedgerFilter('booking')).toBe('booking');
    expect(toLedgerFilter('reversal')).toBe('reversal');
    expect(toLedgerFilter('all')).toBe('all');
    expect(toLedgerFilter('nonsense')).toBe('all');
    expect(toLedgerFilter(null)).toBe('all');
  });

  it('filters the query on one kind, or none for all', () => {
    expect(ledgerKindOf('all')).toBeNull();
    expect(ledgerKindOf('adjustment')).toBe('adjustment');
  });
});

describe('deltaColor', () => {
  it('shows credits added in green and removed in red', () => {
    expect(deltaColor(5)).toBe('success.main');
    expect(deltaColor(-2)).toBe('error.main');
    expect(deltaColor(0)).toBe('text.primary');
  });
});
