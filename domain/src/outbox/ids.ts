// Deterministic outbox ids: the id is the idempotency key, so each logical message has exactly one.

/** How many times staff may resend one message; beyond that something else is wrong. */
export const MAX_RESENDS = 20;

const RESEND_SUFFIX = /~r\d+$/;

/** The message a resend copies from first: `m1~r2` and `m1` both resend `m1`. */
export function resendRoot(id: string): string {
  return id.replace(RESEND_SUFFIX, '');
}

/** The id of the k-th resend (k from 1) of `id`'s original message. */
export function resendId(id: string, k: number): string {
  if (!Number.isInteger(k) || k < 1) throw new Error(`resend number must be a positive integer, got ${k}`);
  return `${resendRoot(id)}~r${k}`;
}

/** `yyyyMMddHHmm` in UTC: one value per minute. */
export function utcMinuteStamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[-T:]/g, '');
}

/** A verification mail asked for by the member: at most one per minute. */
export function verificationMailId(uid: string, now: Date): string {
  return `verify-${uid}-${utcMinuteStamp(now)}`;
}

/** The welcome mail queued by the first profile save of an unverified account: once per account. */
export function welcomeMailId(uid: string): string {
  return `welcome-${uid}`;
}
