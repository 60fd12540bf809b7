// Saves an export on the staff member's computer. The .xlsx writer loads only when first used, so
// it stays out of the pages' own download.
import type { XlsxSheet } from './export.ts';

/** Saves text as a file (the CSV export: its byte order mark is kept, Blob encodes text as UTF-8). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the object URL after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function downloadXlsx(sheet: XlsxSheet, fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  await writeXlsxFile(sheet.data, sheet.options).toFile(fileName);
}
