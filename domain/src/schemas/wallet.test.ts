// CR-5..7: wallet and ledger shapes, adjustCredits input.
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../validation-messages.ts';
import { adjustCreditsInputSchema, ledgerEntrySchema, walletDocSchema } from './wallet.ts';

const at = { toDate: () => new Date(0) };
const valid = {
  uids: ['member-1', 'member-2'],
  delta: -2,
  reason: ' Geste commercial ',
  requestId: 'a1b2c3d4-e5f6',
};

function issueCodes(input: unknown): Record<string, string> {
  const parsed = adjustCreditsInputSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(toFieldIssues(parsed.error).map((issue) => [issue.path, issue.code]));
}

describe('adjustCreditsInputSchema', () => {
  it('accepts a valid adjustment and trims the reason', () => {
    expect(adjustCreditsInputSchema.parse(valid)).toEqual({ ...valid, reason: 'Geste commercial' });
  });

  it.each([
    [{ ...valid, uids: [] }, { uids: 'uidsInvalid' }],
    [{ ...valid, uids: ['a', 'a'] }, { uids: 'uidsInvalid' }],
    [{ ...valid, uids: Array.from({ length: 101 }, (_, i) => `m${i}`) }, { uids: 'uidsInvalid' }],
    [{ ...valid, uids: ['../x'] }, { 'uids.0': 'uidInvalid' }],
    [{ ...valid, delta: 0 }, { delta: 'deltaInvalid' }],
    [{ ...valid, delta: 1.5 }, { delta: 'deltaInvalid' }],
    [{ ...valid, delta: 10_001 }, { delta: 'deltaInvalid' }],
    [{ ...valid, delta: -10_001 }, { delta: 'deltaInvalid' }],
    [{ ...valid, delta: '3' }, { delta: 'deltaInvalid' }],
    [{ ...valid, reason: '   ' }, { reason: 'reasonRequired' }],
    [{ uids: valid.uids, delta: 1, requestId: valid.requestId }, { reason: 'reasonRequired' }],
    [{ ...valid, reason: 'x'.repeat(501) }, { reason: 'tooLong' }],
    [{ ...valid, requestId: 'short' }, { requestId: 'invalid' }],
    [{ ...valid, requestId: 'a/b/c/d/e/f' }, { requestId: 'invalid' }],
    [{ ...valid, extra: true }, { extra: 'unknownField' }],
  ])('rejects %j', (input, expected) => {
    expect(issueCodes(input)).toEqual(expected);
  });

  it('accepts the bounds', () => {
    expect(adjustCreditsInputSchema.safeParse({ ...valid, delta: 10_000 }).success).toBe(true);
    expect(adjustCreditsInputSchema.safeParse({ ...valid, delta: -10_000 }).success).toBe(true);
  });
});

describe('wallet documents', () => {
  it('accepts a wallet and refuses a negative or fractional balance', () => {
    expect(walletDocSchema.safeParse({ balance: 0, updatedAt: at }).success).toBe(true);
    expect(walletDocSchema.safeParse({ balance: -1, updatedAt: at }).success).toBe(false);
    expect(walletDocSchema.safeParse({ balance: 1.5, updatedAt: at }).success).toBe(false);
  });

  it('accepts a ledger entry and refuses an unknown kind, a zero delta or a negative balanceAfter', () => {
    const entry = {
      delta: 5,
      balanceAfter: 5,
      kind: 'purchase',
      ref: 'order/o1',
      actor: 'system',
      createdAt: at,
    };
    expect(ledgerEntrySchema.safeParse(entry).success).toBe(true);
    expect(ledgerEntrySchema.safeParse({ ...entry, kind: 'gift' }).success).toBe(false);
    expect(ledgerEntrySchema.safeParse({ ...entry, delta: 0 }).success).toBe(false);
    expect(ledgerEntrySchema.safeParse({ ...entry, balanceAfter: -1 }).success).toBe(false);
  });
});
