// Small field schemas reused by several document and input shapes.
import { z } from 'zod';

/** A Firestore Timestamp (admin or web SDK) or anything with toDate(); the domain stays SDK-free. */
export interface TimestampLike {
  toDate(): Date;
}
export const timestampSchema = z.custom<TimestampLike>(
  (value) => typeof (value as TimestampLike | null)?.toDate === 'function',
  { message: 'invalid' },
);

/** Trimmed text of bounded length; `max` guards documents against oversized strings. */
export function text(max: number) {
  return z.string({ message: 'required' }).trim().max(max, { message: 'tooLong' });
}

/** Required trimmed text: at least one visible character. */
export function requiredText(max: number) {
  return text(max).min(1, { message: 'required' });
}

/** Optional text: an empty string counts as absent, so forms can send what the user left blank. */
export function optionalText(max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    text(max).optional(),
  );
}

export const emailSchema = z
  .string({ message: 'required' })
  .trim()
  .min(1, { message: 'required' })
  .max(254, { message: 'tooLong' })
  .pipe(z.email({ message: 'emailInvalid' }));

/** Firebase Auth uids are at most 128 characters. */
export const uidSchema = z
  .string({ message: 'uidInvalid' })
  .min(1, { message: 'uidInvalid' })
  .max(128, { message: 'uidInvalid' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'uidInvalid' });
