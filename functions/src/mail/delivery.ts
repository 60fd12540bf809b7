// The delivery engine both outboxes share. Three steps, as firestore-send-email does it: take the
// lease in a transaction; render and send outside any transaction; record the outcome in a second
// transaction, only if the lease is still ours. Two workers racing on one message (trigger and
// sweeper, or a retried event) therefore send it once.
import { ZodError } from 'zod';
import { logger } from 'firebase-functions';
import {
  afterFailure,
  afterSuccess,
  canLease,
  claim,
  holdsLease,
  LEASE_MS,
  type Delivery,
  type DeliveryFailure,
  type DeliverySuccess,
  type OutboxChannel,
} from '@agora/domain';
import { db } from '../lib/admin.ts';
import { readDelivery, toStoredDelivery } from './deliveryRecord.ts';
import { TransportError, type Transport } from './transports/types.ts';

/** What one channel (mail, SMS) plugs into the engine. */
export interface Channel<Outgoing, Rendered> {
  collection: OutboxChannel;
  /**
   * Reads the stored document and renders it: what the transport sends, and what is kept in the
   * document's `rendered` field for staff. Throws a ZodError when the document or its data is
   * invalid (never retried).
   */
  prepare(id: string, document: unknown): Promise<{ outgoing: Outgoing; rendered: Rendered }>;
  /** The transport configured for this deployment (capture in the emulator). */
  defaultTransport(): Transport<Outgoing>;
}

export interface DeliverOptions<Outgoing> {
  /** Replaces the configured transport (tests). */
  transport?: Transport<Outgoing>;
  /** The clock (tests move it forward to expire leases and backoffs). */
  now?: () => Date;
  leaseMs?: number;
}

/**
 * What a delivery run did: `sent`, `retry`, `error` (this run recorded that outcome), `not-due`
 * (someone else holds it, or it is final or waiting), `lost-lease` (the lease was taken over
 * while this run was sending: its outcome was not recorded), `missing`, `invalid`.
 */
export type DeliveryOutcome = 'sent' | 'retry' | 'error' | 'not-due' | 'lost-lease' | 'missing' | 'invalid';

/** Whether a stored document may be worth a delivery run, without a transaction (trigger filter). */
export function looksDue(document: unknown, now: Date): boolean {
  const delivery = readDelivery((document as { delivery?: unknown } | undefined)?.delivery);
  return delivery !== null && canLease(delivery, now);
}

export async function deliver<Outgoing, Rendered>(
  channel: Channel<Outgoing, Rendered>,
  id: string,
  options: DeliverOptions<Outgoing> = {},
): Promise<DeliveryOutcome> {
  const now = options.now ?? (() => new Date());
  const ref = db().collection(channel.collection).doc(id);

  // 1. Lease.
  const taken = await db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) return { outcome: 'missing' as const };
    const delivery = readDelivery(snapshot.get('delivery'));
    if (delivery === null) return { outcome: 'invalid' as const };
    const result = claim(delivery, now(), options.leaseMs ?? LEASE_MS);
    if (result.outcome === 'not-due') return { outcome: 'not-due' as const };
    tx.update(ref, { delivery: toStoredDelivery(result.delivery) });
    if (result.outcome === 'exhausted') return { outcome: 'error' as const };
    return { outcome: 'leased' as const, delivery: result.delivery, document: snapshot.data() };
  });
  if (taken.outcome === 'invalid') {
    logger.error('outbox: message without a valid delivery record, left as it is', {
      channel: channel.collection,
      id,
    });
  }
  if (taken.outcome === 'error') {
    logger.warn('outbox: lease expired during the last attempt, message given up', {
      channel: channel.collection,
      id,
    });
  }
  if (taken.outcome !== 'leased') return taken.outcome;

  // 2. Render and send, outside any transaction: a transaction may run its function again.
  let rendered: Rendered | undefined;
  let result: { success: DeliverySuccess } | { failure: DeliveryFailure };
  const transport = options.transport ?? channel.defaultTransport();
  try {
    const prepared = await channel.prepare(id, taken.document);
    rendered = prepared.rendered;
    const sent = await transport.send(prepared.outgoing);
    result = { success: { transport: transport.name, providerMessageId: sent.providerMessageId } };
  } catch (error) {
    result = { failure: { ...failureOf(error), transport: rendered === undefined ? null : transport.name } };
  }

  // 3. Record the outcome, only while the lease is still ours.
  const recorded = await db().runTransaction(async (tx) => {
    const current = readDelivery((await tx.get(ref)).get('delivery'));
    if (current === null || !holdsLease(current, taken.delivery)) return null;
    const next: Delivery =
      'success' in result
        ? afterSuccess(current, result.success, now())
        : afterFailure(current, result.failure, now());
    tx.update(ref, {
      delivery: toStoredDelivery(next),
      ...(rendered === undefined ? {} : { rendered }),
    });
    return next.state;
  });

  const context = { channel: channel.collection, id, attempt: taken.delivery.attempts };
  if (recorded === null) {
    logger.warn('outbox: lease lost before the outcome was recorded', { ...context, ...summary(result) });
    return 'lost-lease';
  }
  if (recorded === 'sent') logger.info('outbox: message sent', { ...context, transport: transport.name });
  else logger.warn(`outbox: attempt failed (${recorded})`, { ...context, ...summary(result) });
  return recorded === 'sent' || recorded === 'retry' || recorded === 'error' ? recorded : 'not-due';
}

/** A failure as the state machine records it: invalid data and provider refusals are final. */
function failureOf(error: unknown): Omit<DeliveryFailure, 'transport'> {
  if (error instanceof TransportError) return { message: error.message, retryable: error.retryable };
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { message: `Invalid message: ${issues.join('; ')}`, retryable: false };
  }
  // Anything else (a Storage or Firestore hiccup, a bug fixed by a redeploy) is worth a retry.
  return { message: error instanceof Error ? error.message : String(error), retryable: true };
}

function summary(result: { success: DeliverySuccess } | { failure: DeliveryFailure }) {
  return 'failure' in result ? { error: result.failure.message } : { transport: result.success.transport };
}
