// CSV that French Excel opens without an import wizard: UTF-8 with a byte order mark (else accents
// break), `;` between values (`,` is the decimal separator in French), CRLF line ends; texts that
// Excel would run as formulas are defused.
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';

/**
 * One CSV value: quoted when it holds the separator, a quote or a line break, quotes doubled. A
 * text Excel would run as a formula (=, +, -, @ first) gets a leading apostrophe: a name or email
 * typed by a member must never become a formula on a staff computer.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number)[]): string {
  return values.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
}
