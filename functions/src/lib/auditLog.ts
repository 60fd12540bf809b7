// Appends to `auditLog` (ACC-3) inside the transaction of the change it records, so an entry
// exists exactly when the change does. The time is the server's.
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { AuditLogEntry } from '@agora/domain';
import { db } from './admin.ts';

export function writeAuditLog(tx: Transaction, entry: Omit<AuditLogEntry, 'at'>): void {
  tx.create(db().collection('auditLog').doc(), { ...entry, at: FieldValue.serverTimestamp() });
}
