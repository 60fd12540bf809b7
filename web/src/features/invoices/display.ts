// How the invoice pages word things: the issue date, and the failures of the invoice callables as
// keys of invoices.errors / invoices.staff.correct.errors.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { CallableError } from '../../lib/firebase/callableError.ts';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(localizedFormat);

/** The day a document was issued, in the organisation's zone and the interface's format (15/05/2026). */
export function formatIssueDate(issuedAt: Date | null, timeZone: string): string {
  return issuedAt ? dayjs(issuedAt).tz(timeZone).format('L') : '—';
}

export type DownloadErrorKey =
  'notFound' | 'forbidden' | 'pdfPending' | 'badFile' | 'network' | 'unauthenticated' | 'generic';

/** Why a download failed, in words the member can act on. */
export function downloadErrorKey(error: unknown): DownloadErrorKey {
  // atob's refusal: the answer came, but not as base64.
  if (error instanceof DOMException && error.name === 'InvalidCharacterError') return 'badFile';
  if (!(error instanceof CallableError)) return 'generic';
  if (error.reason === 'forbidden') return 'forbidden';
  switch (error.code) {
    case 'not-found':
      return 'notFound';
    case 'permission-denied':
      return 'forbidden';
    case 'failed-precondition':
      return 'pdfPending';
    case 'unavailable':
    case 'deadline-exceeded':
      return 'network';
    case 'unauthenticated':
      return 'unauthenticated';
    default:
      return 'generic';
  }
}

/** A refusal of correctInvoice specific to invoices; null: the generic callable messages apply. */
export function correctionErrorKey(error: unknown): 'notFound' | 'alreadyCorrected' | null {
  if (!(error instanceof CallableError)) return null;
  if (error.code === 'not-found') return 'notFound';
  if (error.code === 'failed-precondition' || error.code === 'already-exists') return 'alreadyCorrected';
  return null;
}
