// `mail/{id}` and `sms/{id}`: the outbox, read live by staff (the Messages page). Functions write
// it (enqueue, delivery); no client does.
import { collection, limit, onSnapshot, orderBy, query } from 'firebase/firestore';
import type { OutboxChannel } from '@agora/domain';
import { db } from './app.ts';
import { toMessageRecord, type MessageRecord } from './messageRecord.ts';

export * from './messageRecord.ts';

export interface MessagesSnapshot {
  messages: MessageRecord[];
  /** More messages exist beyond `count`. */
  hasMore: boolean;
}

/**
 * Live view of the newest `count` messages of one channel, newest first (staff only). Asking
 * for one more tells whether a "load more" is worth offering.
 */
export function watchMessages(
  channel: OutboxChannel,
  options: { count: number },
  callback: (snapshot: MessagesSnapshot) => void,
  onError?: (error: Error) => void,
): () => void {
  const messagesQuery = query(
    collection(db, channel),
    orderBy('createdAt', 'desc'),
    limit(options.count + 1),
  );
  return onSnapshot(
    messagesQuery,
    (snapshot) => {
      const docs = snapshot.docs.slice(0, options.count);
      callback({
        messages: docs.map((d) => toMessageRecord(channel, d.id, d.data())),
        hasMore: snapshot.docs.length > options.count,
      });
    },
    (error) => onError?.(error),
  );
}
