// Structural equality of plain data (form values, audit snapshots): objects compare key by key
// whatever their key order, arrays item by item. Anything else (dates, Timestamps) compares by
// identity unless it exposes toDate(), so two reads of the same instant count as equal.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function instantOf(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'object' || value === null) return null;
  const toDate: unknown = (value as { toDate?: unknown }).toDate;
  if (typeof toDate !== 'function') return null;
  const date: unknown = toDate.call(value);
  return date instanceof Date ? date.getTime() : null;
}

export function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // Instants first: a Timestamp-like object literal would otherwise compare as a plain object.
  const instantA = instantOf(a);
  if (instantA !== null) return instantA === instantOf(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameValue(item, b[index]))
    );
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    // A key holding undefined counts as absent, as Firestore and the callables treat it.
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isSameValue(a[key], b[key]));
  }
  return false;
}
