// The one rule every change to a wallet obeys: a balance never goes below zero.

export type NextBalance = { ok: true; balance: number } | { ok: false; reason: 'insufficient-credits' };

/** The balance after applying `delta`, or why it cannot be applied. Both must be integers. */
export function nextBalance(balance: number, delta: number): NextBalance {
  if (!Number.isSafeInteger(balance) || !Number.isSafeInteger(delta) || balance < 0) {
    throw new RangeError(`invalid balance ${balance} or delta ${delta}`);
  }
  const next = balance + delta;
  return next < 0 ? { ok: false, reason: 'insufficient-credits' } : { ok: true, balance: next };
}
