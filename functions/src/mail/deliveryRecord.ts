// The delivery record as stored (Timestamps) and as the domain's state machine reads it (Dates).
import { Timestamp } from 'firebase-admin/firestore';
import { deliverySchema, type Delivery } from '@agora/domain';

export interface StoredDeliveryWrite extends Omit<
  Delivery,
  'leaseExpiresAt' | 'nextAttemptAt' | 'sentAt' | 'updatedAt'
> {
  leaseExpiresAt: Timestamp | null;
  nextAttemptAt: Timestamp | null;
  sentAt: Timestamp | null;
  updatedAt: Timestamp;
}

const toTimestamp = (date: Date | null) => (date === null ? null : Timestamp.fromDate(date));

export function toStoredDelivery(delivery: Delivery): StoredDeliveryWrite {
  return {
    ...delivery,
    leaseExpiresAt: toTimestamp(delivery.leaseExpiresAt),
    nextAttemptAt: toTimestamp(delivery.nextAttemptAt),
    sentAt: toTimestamp(delivery.sentAt),
    updatedAt: Timestamp.fromDate(delivery.updatedAt),
  };
}

/** The stored record with Dates, or null when the document has none the outbox can trust. */
export function readDelivery(stored: unknown): Delivery | null {
  const parsed = deliverySchema.safeParse(stored);
  if (!parsed.success) return null;
  const record = parsed.data;
  const toDate = (value: { toDate(): Date } | null) => (value === null ? null : value.toDate());
  return {
    ...record,
    leaseExpiresAt: toDate(record.leaseExpiresAt),
    nextAttemptAt: toDate(record.nextAttemptAt),
    sentAt: toDate(record.sentAt),
    updatedAt: record.updatedAt.toDate(),
  };
}
