// `auditLog/{id}` (admins read; functions append): the audit page's query, newest first, read a
// page at a time with cursors. Equality on `action` or on `actor`, and a range on `at` (the field
// the list is ordered by); each has its composite index in firestore.indexes.json:
// (action, at desc), (actor, at desc). No index holds both: the page filters one of them on the
// documents read (features/auditLog/auditFilters.ts).
import { collection, getDocs, query, type QueryConstraint } from 'firebase/firestore';
import type { AuditAction } from '@agora/domain';
import { db } from './app.ts';
import { toAuditRecord, type AuditRecord } from './auditLogRecord.ts';
import { pagedConstraints, type ListCursor } from './lists.ts';

export type { AuditRecord } from './auditLogRecord.ts';

/** The Firestore filters of the audit list as plain data (built and unit-tested by the page). */
export interface AuditQuery {
  action: AuditAction | null;
  actor: string | null;
  /** First instant included. */
  atFrom: Date | null;
  /** First instant excluded. */
  atBefore: Date | null;
}

export function auditQueryConstraints(
  spec: AuditQuery,
  options: { after: ListCursor | null; size: number },
): QueryConstraint[] {
  return pagedConstraints(
    {
      where: [
        ...(spec.action !== null ? [{ field: 'action', value: spec.action }] : []),
        ...(spec.actor !== null ? [{ field: 'actor', value: spec.actor }] : []),
      ],
      orderBy: { field: 'at', direction: 'desc' },
      range: { from: spec.atFrom, before: spec.atBefore },
    },
    options,
  );
}

/** One read of up to `size` entries after `after`, each with the cursor that continues after it. */
export async function fetchAuditBatch(
  spec: AuditQuery,
  options: { after: ListCursor | null; size: number },
): Promise<{ item: AuditRecord; cursor: ListCursor }[]> {
  const snapshot = await getDocs(query(collection(db, 'auditLog'), ...auditQueryConstraints(spec, options)));
  return snapshot.docs.map((d) => ({ item: toAuditRecord(d.id, d.data()), cursor: d }));
}
