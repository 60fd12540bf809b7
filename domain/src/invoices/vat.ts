// VAT from prices that include it (French consumer prices are all taxes included), in integer
// cents: the VAT is what remains once the amount excluding VAT is rounded, so net + VAT = gross.

/** Amount excluding VAT of `grossCents` at `rate` percent (20, 5.5...). */
export function netFromGross(grossCents: number, rate: number): number {
  // Rates have at most one decimal: work in tenths of a percent to stay in integers.
  const tenths = Math.round(rate * 10);
  return Math.round((grossCents * 1000) / (1000 + tenths));
}

export function splitGross(grossCents: number, rate: number | null): { netCents: number; vatCents: number } {
  if (rate === null || rate === 0) return { netCents: grossCents, vatCents: 0 };
  const netCents = netFromGross(grossCents, rate);
  return { netCents, vatCents: grossCents - netCents };
}
