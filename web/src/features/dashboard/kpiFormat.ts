// Number formats of the dashboard, in the interface's language: counts with thousands separators,
// shares as whole percentages ('—' when there is nothing to divide by), euro amounts without cents
// on chart axes (cents are noise at that scale).
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');

/** 12345 → '12 345' (fr), '12,345' (en); seat-hours keep at most one decimal. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}

/** 0.755 → '76 %' (fr), '76%' (en); null (nothing offered) → '—'. */
export function formatShare(share: number | null, locale: string): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** 1234.5 euros → '1 235 €' (fr), '€1,235' (en). */
export function formatWholeEuros(euros: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(euros);
}
