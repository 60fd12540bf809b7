// `exports/{id}`: server-side export jobs (ADM-2). Functions write them (queued → running → done or
// failed); admins and assistants read them live, as firestore.rules allow. The page follows the
// job it just started and lists the staff member's own recent ones.
import { collection, doc, limit, onSnapshot, orderBy, query, where } from 'firebase/firestore';
import { db } from './app.ts';
import { toExportRecord, type ExportRecord } from './exportRecord.ts';

export * from './exportRecord.ts';

/** How many recent jobs the page lists: enough to find this week's files again. */
export const MY_EXPORTS_LIMIT = 20;

/** Live view of one job; null when it does not exist (yet, or any more). */
export function watchExport(
  id: string,
  callback: (job: ExportRecord | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'exports', id),
    (snapshot) => callback(snapshot.exists() ? toExportRecord(snapshot.id, snapshot.data()) : null),
    (error) => onError?.(error),
  );
}

/** Live view of the newest jobs `uid` asked for, newest first (index: requestedBy, createdAt desc). */
export function watchMyExports(
  uid: string,
  callback: (jobs: ExportRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  const jobsQuery = query(
    collection(db, 'exports'),
    where('requestedBy', '==', uid),
    orderBy('createdAt', 'desc'),
    limit(MY_EXPORTS_LIMIT),
  );
  return onSnapshot(
    jobsQuery,
    (snapshot) => callback(snapshot.docs.map((d) => toExportRecord(d.id, d.data()))),
    (error) => onError?.(error),
  );
}
