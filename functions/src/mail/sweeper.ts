// The outboxes' safety net, every minute: delivers what is due but no trigger will deliver, i.e.
// retries whose backoff has elapsed, messages whose worker vanished (expired lease), and new
// messages whose trigger never ran. One query per outbox: `delivery.nextAttemptAt` is set exactly
// while a message is not final.
import { Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { REGION, type OutboxChannel } from '@agora/domain';
import { SENDGRID_API_KEY, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { deliverSmsMessage } from '../sms/deliverSms.ts';
import { deliverMailMessage } from './deliverMail.ts';
import type { DeliveryOutcome } from './delivery.ts';
import type { OutgoingMail, OutgoingSms, Transport } from './transports/types.ts';

/** Messages taken per outbox and run; the rest waits a minute, oldest first. */
const BATCH_SIZE = 50;
/** Deliveries in flight at once within a run. */
const CONCURRENCY = 10;
/** A new message belongs to its trigger for this long; the sweeper only takes it over after. */
export const PENDING_GRACE_MS = 30_000;

export interface SweepOptions {
  now?: () => Date;
  mailTransport?: Transport<OutgoingMail>;
  smsTransport?: Transport<OutgoingSms>;
}

/** How many messages of each outbox ended each way; `failed` counts runs that threw. */
export type SweepReport = Record<OutboxChannel, Partial<Record<DeliveryOutcome | 'failed', number>>>;

export async function sweepOutboxes(options: SweepOptions = {}): Promise<SweepReport> {
  const now = options.now ?? (() => new Date());
  const deliverers: Record<OutboxChannel, (id: string) => Promise<DeliveryOutcome>> = {
    mail: (id) =>
      deliverMailMessage(id, { now, ...(options.mailTransport ? { transport: options.mailTransport } : {}) }),
    sms: (id) =>
      deliverSmsMessage(id, { now, ...(options.smsTransport ? { transport: options.smsTransport } : {}) }),
  };
  const report: SweepReport = { mail: {}, sms: {} };
  for (const channel of ['mail', 'sms'] as const) {
    const due = await db()
      .collection(channel)
      .where('delivery.nextAttemptAt', '<=', Timestamp.fromDate(now()))
      .orderBy('delivery.nextAttemptAt')
      .limit(BATCH_SIZE)
      .select('delivery.state', 'delivery.updatedAt')
      .get();
    const ids = due.docs.filter((doc) => !justQueued(doc.data(), now())).map((doc) => doc.id);
    const outcomes = await inBatches(ids, CONCURRENCY, (id) =>
      // One message failing (a Firestore error) must not stop the others.
      deliverers[channel](id).catch((error: unknown) => {
        logger.error('outbox: delivery run failed', { channel, id, error: String(error) });
        return 'failed' as const;
      }),
    );
    for (const outcome of outcomes) report[channel][outcome] = (report[channel][outcome] ?? 0) + 1;
  }
  return report;
}

/** A pending message its trigger is most likely delivering right now. */
function justQueued(document: Record<string, unknown>, now: Date): boolean {
  const delivery = document.delivery as
    { state?: unknown; updatedAt?: { toMillis?: () => number } } | undefined;
  const queuedAt = delivery?.updatedAt?.toMillis?.() ?? 0;
  return delivery?.state === 'pending' && now.getTime() - queuedAt < PENDING_GRACE_MS;
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  }
  return results;
}

export const outboxSweeper = onSchedule(
  {
    schedule: 'every 1 minutes',
    region: REGION,
    // A run sends at most BATCH_SIZE messages per outbox, CONCURRENCY at a time, each bounded by the
    // transports' 30 s timeout; the next run skips whatever this one still holds.
    timeoutSeconds: 540,
    retryCount: 0,
    secrets: [SENDGRID_API_KEY, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN],
  },
  async () => {
    const report = await sweepOutboxes();
    if (Object.keys(report.mail).length > 0 || Object.keys(report.sms).length > 0) {
      logger.info('outbox: sweep', report);
    }
  },
);
