// Countries offered in the address form, named in the interface language. France first: most
// members live there; neighbours and the French-speaking world follow.
const COUNTRY_CODES = [
  'FR BE CH LU MC DE ES IT PT NL AT IE GB DK SE NO FI PL CZ SK HU RO BG GR HR SI EE LV LT CY MT IS ',
  'AD LI SM US CA BR MX AR MA DZ TN SN CI CM ML BF NE TG BJ GA CG CD MG MU LB TR IL AE IN CN JP KR ',
  'VN AU NZ ZA HT',
]
  .join('')
  .split(' ');

export interface CountryOption {
  code: string;
  name: string;
}

/** Options sorted by name after France; a stored code missing from the list is kept. */
export function countryOptions(locale: string, current?: string): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const codes = [...COUNTRY_CODES];
  if (current && /^[A-Z]{2}$/.test(current) && !codes.includes(current)) codes.push(current);
  const [first, ...rest] = codes.map((code) => ({ code, name: names.of(code) ?? code }));
  rest.sort((a, b) => a.name.localeCompare(b.name, locale));
  return first ? [first, ...rest] : rest;
}
