// Plain-object helpers shared by web, functions and scripts.

/**
 * A copy without `undefined` fields, nested plain objects and arrays included: Firestore refuses
 * undefined values, while zod outputs and forms leave absent optional fields as undefined.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutUndefined(item)) as T;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  return Object.fromEntries(entries.map(([key, field]) => [key, withoutUndefined(field)])) as T;
}
