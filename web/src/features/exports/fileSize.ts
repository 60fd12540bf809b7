// File sizes as people read them: kilo-octets under a mégaoctet (never "0 Ko" for a small file),
// then mégaoctets with one decimal. Counted in 1,024s, as file managers on Windows show them.
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');

const UNITS = { fr: { kilo: 'Ko', mega: 'Mo' }, en: { kilo: 'KB', mega: 'MB' } } as const;

/** 48213 → '48 Ko' (fr), '48 KB' (en); 1468006 → '1,4 Mo' (fr), '1.4 MB' (en). */
export function formatFileSize(bytes: number, locale: string): string {
  const units = locale === 'en' ? UNITS.en : UNITS.fr;
  const kilo = 1024;
  const mega = kilo * kilo;
  if (bytes < mega) {
    const kilos = Math.min(kilo, Math.max(1, Math.ceil(bytes / kilo)));
    // 1,024 Ko would read oddly: it is 1 Mo.
    if (kilos < kilo) return `${new Intl.NumberFormat(intlLocale(locale)).format(kilos)} ${units.kilo}`;
  }
  const megas = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(bytes / mega);
  return `${megas} ${units.mega}`;
}
