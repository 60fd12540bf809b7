// Amounts are integer cents everywhere; shown in euros in the interface's language.

/** 4500 → "45,00 €" (fr) or "€45.00" (en). */
export function formatEuros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

/** A signed credit change for history lines: +5, −2 (true minus sign). */
export function formatCreditDelta(delta: number): string {
  return delta > 0 ? `+${delta}` : `\u2212${Math.abs(delta)}`;
}
