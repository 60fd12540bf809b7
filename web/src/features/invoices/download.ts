// Saves the PDF answered by downloadInvoice (base64) on the person's computer: decoded into a Blob,
// then a hidden <a download> with an object URL, revoked once the browser has read it. Free of SDK
// instances: the page hands the callable's answer in.
import type { DownloadInvoiceResult } from '@agora/domain';

/** The PDF's bytes; throws on text that is not base64, so a damaged answer is not saved as a PDF. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A file name without folders or characters file systems refuse, ending in .pdf. */
export function pdfFileName(filename: string, fallback: string): string {
  const cleaned = (filename.split(/[/\\]/).at(-1) ?? '')
    // Control characters and those Windows refuses in file names.
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .trim();
  const base = cleaned !== '' && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/** The answer as a PDF Blob and the name to save it under (`fallback` when none is given). */
export function invoiceFile(
  result: Pick<DownloadInvoiceResult, 'filename' | 'base64'>,
  fallback: string,
): { blob: Blob; filename: string } {
  return {
    blob: new Blob([base64ToBytes(result.base64)], { type: 'application/pdf' }),
    filename: pdfFileName(result.filename, fallback),
  };
}

/** What saving a file needs from the browser (replaced in the tests). */
export interface SaveEnvironment {
  document: Pick<Document, 'createElement' | 'body'>;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/** Some browsers read the object URL after click() has returned: it is revoked a minute later. */
export const REVOKE_AFTER_MS = 60_000;

function browser(): SaveEnvironment {
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  };
}

export function saveBlob(blob: Blob, filename: string, env: SaveEnvironment = browser()): void {
  const url = env.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    env.setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
