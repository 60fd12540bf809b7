// An audit entry's `before` and `after` made readable: nested maps are flattened to dotted paths
// ("policies.cancellationWindowHours") and only the paths whose value changed are listed, old →
// new. Lists and instants count as single values. The raw JSON stays available as a fallback.
import { isSameValue } from '../../app/sameValue.ts';

export interface AuditChange {
  /** Dotted path of the value; '' when the snapshot itself is a single value (a role, a balance). */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** Undefined when absent on that side. */
  before: unknown;
  after: unknown;
}

function isInstant(value: object): boolean {
  return value instanceof Date || typeof (value as { toDate?: unknown }).toDate === 'function';
}

/** A map to go into (not a list, an instant or an empty map, which read as values). */
function isBranch(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !isInstant(value) &&
    Object.keys(value).length > 0
  );
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (value === undefined) return;
  if (!isBranch(value)) {
    into.set(prefix, value);
    return;
  }
  for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
}

export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = new Map<string, unknown>();
  const next = new Map<string, unknown>();
  flatten(before, '', old);
  flatten(after, '', next);
  const paths = [...new Set([...old.keys(), ...next.keys()])];
  const changes: AuditChange[] = [];
  for (const path of paths) {
    const was = old.get(path);
    const is = next.get(path);
    if (old.has(path) && next.has(path) && isSameValue(was, is)) continue;
    const kind = !old.has(path) ? 'added' : !next.has(path) ? 'removed' : 'changed';
    changes.push({ path, kind, before: was, after: is });
  }
  return changes;
}

/** Plain data for JSON: instants as ISO strings (a Timestamp's own JSON is seconds and nanos). */
export function toPlainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlainData);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return value.toISOString();
  const toDate: unknown = (value as { toDate?: unknown }).toDate;
  if (typeof toDate === 'function') {
    const date: unknown = toDate.call(value);
    return date instanceof Date ? date.toISOString() : String(value);
  }
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, toPlainData(child)]));
}

/** The raw JSON fallback, indented; '' for a side the entry does not have. */
export function auditJson(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(toPlainData(value), null, 2);
}

export type AuditValue =
  | { kind: 'absent' }
  | { kind: 'empty' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; date: Date }
  | { kind: 'text'; text: string };

/** One side of a change, for its cell: texts as they are, lists and maps as compact JSON. */
export function auditValue(value: unknown): AuditValue {
  if (value === undefined) return { kind: 'absent' };
  if (value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'bigint') return { kind: 'text', text: String(value) };
  const plain = toPlainData(value);
  if (typeof value === 'object' && isInstant(value) && typeof plain === 'string') {
    return { kind: 'date', date: new Date(plain) };
  }
  return { kind: 'text', text: JSON.stringify(plain) ?? String(value) };
}
