// Lenient readers of stored Firestore fields: each returns null (or an empty value) for a missing
// or mistyped field instead of throwing, so a document older than the schema still shows. Written
// by hand, free of SDK instances and schemas, to keep them out of the pages that only read.

export type Fields = Record<string, unknown>;

/** A map field (not an array). */
export const record = (value: unknown): Fields | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A finite number (NaN and infinities are not counts). */
export const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Only `true` is true: a missing or mistyped flag reads as false. */
export const flag = (value: unknown): boolean => value === true;

/** A Firestore Timestamp (anything with a toDate() giving a Date), as a Date. */
export const date = (value: unknown): Date | null => {
  const toDate = record(value)?.toDate;
  if (typeof toDate !== 'function') return null;
  const result: unknown = toDate.call(value);
  return result instanceof Date ? result : null;
};

/** The value when it is one of `values` (an enum of the domain), else null. */
export const oneOf = <T extends string | number>(values: readonly T[], value: unknown): T | null =>
  values.find((candidate) => candidate === value) ?? null;

/** The strings of an array field, other items dropped. */
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Firestore `in` filters take at most 30 values: the values split into lists it accepts. */
export function inFilterChunks<T>(values: readonly T[]): T[][] {
  const IN_LIMIT = 30;
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += IN_LIMIT)
    result.push(values.slice(start, start + IN_LIMIT));
  return result;
}
