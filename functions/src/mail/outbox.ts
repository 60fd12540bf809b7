// How every feature sends a message: it queues an outbox document under a deterministic id (the
// idempotency key, e.g. `booking-confirmation-<bookingId>`), and the delivery triggers do the rest.
// Queuing the same id again is a no-op, so a replayed operation never sends twice.
import {
  FieldValue,
  type DocumentReference,
  type Firestore,
  type Transaction,
} from 'firebase-admin/firestore';
import {
  DEFAULT_MAX_ATTEMPTS,
  emailSchema,
  mailAttachmentSchema,
  mailTemplateDataSchemas,
  newDelivery,
  smsTemplateDataSchemas,
  userDocSchema,
  type Locale,
  type MailAttachment,
  type MailTemplate,
  type MailTemplateData,
  type SmsTemplate,
  type SmsTemplateData,
} from '@agora/domain';
import { db } from '../lib/admin.ts';
import { hasErrorCode } from '../lib/errors.ts';
import { toStoredDelivery } from './deliveryRecord.ts';

/**
 * Where to queue: the database (the message is queued at once), or the caller's transaction, so
 * the message exists if and only if the change it reports is committed. In a transaction, call
 * the queue functions before any write: they read the message's id first (Firestore requires every
 * read of a transaction to come before its writes).
 */
export type QueueTarget = Firestore | Transaction;

export interface QueueOptions {
  /** The clock; tests pass a fake one. */
  now?: Date;
  maxAttempts?: number;
}

export interface MailRequest<K extends MailTemplate = MailTemplate> {
  to: string;
  toName?: string;
  /** The member the mail is about, if any. */
  uid?: string;
  template: K;
  locale: Locale;
  data: MailTemplateData<K>;
  attachments?: MailAttachment[];
  resendOf?: string;
  requestedBy?: string;
}

export interface SmsRequest<K extends SmsTemplate = SmsTemplate> {
  /** The member to text: SMS go only to members who opted in, at their profile's number. */
  uid: string;
  template: K;
  locale: Locale;
  data: SmsTemplateData<K>;
}

export interface Queued {
  id: string;
  /** False when a message with this id already existed: nothing was written. */
  created: boolean;
}

export const mailOutbox = () => db().collection('mail');
export const smsOutbox = () => db().collection('sms');

/** Queues a mail under `id`; address and template data are checked now (a ZodError is a caller's bug). */
export async function queueMail<K extends MailTemplate>(
  target: QueueTarget,
  id: string,
  request: MailRequest<K>,
  options: QueueOptions = {},
): Promise<Queued> {
  const document = mailDocument(request, options);
  return { id, created: await createIfAbsent(target, mailOutbox().doc(id), document) };
}

/**
 * The outbox document of a mail, checked (address, template data, attachments). For a transaction
 * that already knows the message cannot exist yet (its id is derived from a state change the same
 * transaction makes), `tx.create(mailOutbox().doc(id), mailDocument(...))` queues it without the
 * read `queueMail` does, so it may come after other writes.
 */
export function mailDocument<K extends MailTemplate>(request: MailRequest<K>, options: QueueOptions = {}) {
  const to = emailSchema.parse(request.to);
  const data = mailTemplateDataSchemas[request.template].parse(request.data);
  const attachments = request.attachments?.map((attachment) => mailAttachmentSchema.parse(attachment));
  return {
    to,
    ...optional('toName', request.toName),
    ...optional('uid', request.uid),
    template: request.template,
    locale: request.locale,
    data,
    ...optional('attachments', attachments),
    ...optional('resendOf', request.resendOf),
    ...optional('requestedBy', request.requestedBy),
    ...pendingFields(options),
  };
}

/**
 * Queues an SMS to a member under `id` if they opted in (`smsOptIn` on their profile); returns
 * null, writing nothing, otherwise.
 */
export async function queueSms<K extends SmsTemplate>(
  target: QueueTarget,
  id: string,
  request: SmsRequest<K>,
  options: QueueOptions = {},
): Promise<Queued | null> {
  const profileRef = db().collection('users').doc(request.uid);
  const profile = isTransaction(target) ? await target.get(profileRef) : await profileRef.get();
  const document = smsDocument(request, profile.data(), options);
  if (document === null) return null;
  return { id, created: await createIfAbsent(target, smsOutbox().doc(id), document) };
}

/**
 * The outbox document of an SMS to a member whose profile the caller already read, or null when
 * they did not opt in. Like `mailDocument`, for `tx.create` in a transaction that knows the id is
 * new.
 */
export function smsDocument<K extends SmsTemplate>(
  request: SmsRequest<K>,
  profile: unknown,
  options: QueueOptions = {},
) {
  const data = smsTemplateDataSchemas[request.template].parse(request.data);
  const phone = smsRecipient(profile);
  if (phone === null) return null;
  return {
    to: phone,
    uid: request.uid,
    template: request.template,
    locale: request.locale,
    data,
    ...pendingFields(options),
  };
}

/** The member's number if they accept SMS; null otherwise (no profile, no opt-in, no number). */
export function smsRecipient(profile: unknown): string | null {
  const fields = userDocSchema.pick({ smsOptIn: true, phone: true }).safeParse(profile);
  return fields.success && fields.data.smsOptIn === true ? fields.data.phone : null;
}

/** The fields of a message not yet sent: due at once, nothing rendered yet. */
export function pendingFields(options: QueueOptions = {}) {
  const now = options.now ?? new Date();
  return {
    delivery: toStoredDelivery(newDelivery(now, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)),
    rendered: null,
    createdAt: FieldValue.serverTimestamp(),
  };
}

/** Creates `ref` unless it exists; true when this call created it. */
export async function createIfAbsent(
  target: QueueTarget,
  ref: DocumentReference,
  document: Record<string, unknown>,
): Promise<boolean> {
  if (isTransaction(target)) {
    if ((await target.get(ref)).exists) return false;
    target.create(ref, document);
    return true;
  }
  try {
    await ref.create(document);
    return true;
  } catch (error) {
    if (isAlreadyExists(error)) return false;
    throw error;
  }
}

// Told apart by shape rather than instanceof (the Admin SDK ships separate CJS and ESM builds):
// a Firestore has `collection()`, a Transaction has not (both have `runTransaction`).
function isTransaction(target: QueueTarget): target is Transaction {
  return !('collection' in target);
}

/** gRPC ALREADY_EXISTS, what `create()` answers for an existing document. */
function isAlreadyExists(error: unknown): boolean {
  return hasErrorCode(error, 6);
}

/** `{key: value}` when the value is set; Firestore refuses undefined fields. */
function optional<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return value === undefined ? {} : ({ [key]: value } as { [K in Key]: Value });
}
