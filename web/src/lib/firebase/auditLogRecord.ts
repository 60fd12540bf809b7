// `auditLog/{id}` as the audit page shows it: read leniently (an entry written by an older
// function, or with an action this interface does not know yet, still lists), `before` and
// `after` kept as stored since their shape depends on the action. Free of SDK instances.
import { AUDIT_ACTIONS, type AuditAction } from '@agora/domain';
import { date, oneOf, record, text } from './fields.ts';

export interface AuditRecord {
  id: string;
  /** The uid of who acted, or 'system' (payments, automatic jobs); '' when missing. */
  actor: string;
  /** Null when the stored action is unknown to this interface (shown from `rawAction`). */
  action: AuditAction | null;
  rawAction: string;
  /** What the action applied to: a uid, 'resources/<id>', 'mail/<id>', 'settings/organization'… */
  target: string;
  reason: string | null;
  /** As stored; undefined when the entry has none (a creation has no `before`). */
  before: unknown;
  after: unknown;
  at: Date | null;
}

export function toAuditRecord(id: string, raw: unknown): AuditRecord {
  const data = record(raw) ?? {};
  const rawAction = text(data.action) ?? '';
  const reason = text(data.reason)?.trim();
  return {
    id,
    actor: text(data.actor) ?? '',
    action: oneOf(AUDIT_ACTIONS, rawAction),
    rawAction,
    target: text(data.target) ?? '',
    reason: reason ? reason : null,
    before: data.before,
    after: data.after,
    at: date(data.at),
  };
}
