// Amounts typed in euros in staff forms ("45,00", "45.00", "1 200,5 €") and stored as integer
// cents: parsed with integers only, so no floating-point rounding can shift a cent.

const MAX_EURO_DIGITS = 9;

/** Cents of an amount typed in euros, or null when it is not a non-negative amount. */
export function parseEuros(text: string): number | null {
  // Spaces (also the non-breaking ones French formatting uses) group thousands; a trailing € is fine.
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  const units = whole.replace(/^0+(?=\d)/, '');
  if (units.length > MAX_EURO_DIGITS) return null;
  return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as a form value in the interface's language: 4500 → "45,00" (fr) or "45.00" (en). */
export function eurosInputValue(cents: number, locale: string): string {
  const safe = Math.max(0, Math.round(cents));
  const whole = Math.floor(safe / 100);
  const fraction = String(safe % 100).padStart(2, '0');
  return `${whole}${locale === 'en' ? '.' : ','}${fraction}`;
}
