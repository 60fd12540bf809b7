// Exactly once per Stripe event (CR-3): `stripeEvents/{event.id}` is read first and created last in
// the transaction of the event's effect. A redelivery, or a concurrent delivery of the same event,
// finds it (or conflicts and retries until it does) and changes nothing.
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import type { PaymentAlertKind, StripeEventOutcome } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { runLedgerTransaction } from '../credits/ledger.ts';

export interface EventEffect {
  outcome: StripeEventOutcome;
  /** What the event touched, e.g. `orders/<id>`. */
  ref?: string;
  note?: string;
}

/** Does the event's reads, then its writes, inside the transaction; never writes stripeEvents. */
export type EventHandler = (tx: Transaction, event: Stripe.Event) => Promise<EventEffect>;

export const stripeEventRef = (eventId: string) => db().collection('stripeEvents').doc(eventId);

export type EventResult = EventEffect | { outcome: 'duplicate' };

export function applyEventOnce(event: Stripe.Event, handler: EventHandler): Promise<EventResult> {
  return runLedgerTransaction(async (tx) => {
    const seen = await tx.get(stripeEventRef(event.id));
    if (seen.exists) return { outcome: 'duplicate' } as const;
    const effect = await handler(tx, event);
    tx.create(stripeEventRef(event.id), {
      type: event.type,
      created: event.created,
      outcome: effect.outcome,
      ...(effect.ref === undefined ? {} : { ref: effect.ref }),
      ...(effect.note === undefined ? {} : { note: effect.note }),
      livemode: event.livemode,
      processedAt: FieldValue.serverTimestamp(),
    });
    return effect;
  });
}

export interface AlertInput {
  kind: PaymentAlertKind;
  eventId: string;
  message: string;
  uid?: string;
  orderId?: string;
  missingCredits?: number;
}

/** Tells staff (Orders page) about something the webhook could not settle alone; one per event. */
export function writePaymentAlert(tx: Transaction, alert: AlertInput): void {
  tx.create(db().collection('paymentAlerts').doc(`${alert.eventId}_${alert.kind}`), {
    ...alert,
    resolved: false,
    createdAt: FieldValue.serverTimestamp(),
  });
}

/** A payment that does not match its order: nothing granted, staff told. */
export function flagMismatch(
  tx: Transaction,
  event: Stripe.Event,
  orderId: string,
  uid: string,
  what: string,
): EventEffect {
  writePaymentAlert(tx, {
    kind: 'amount-mismatch',
    eventId: event.id,
    orderId,
    uid,
    message: `Montant ou devise du paiement différent de la commande ${orderId} (${what}) : aucun crédit accordé.`,
  });
  return { outcome: 'flagged', ref: `orders/${orderId}`, note: `amount-mismatch: ${what}` };
}

/** An event about an order we do not know: nothing to do but tell staff. */
export function flagUnknownOrder(tx: Transaction, event: Stripe.Event, orderId: string | null): EventEffect {
  writePaymentAlert(tx, {
    kind: 'unknown-order',
    eventId: event.id,
    ...(orderId ? { orderId } : {}),
    message: `Événement Stripe ${event.type} pour une commande inconnue (${orderId ?? 'sans référence'}).`,
  });
  return { outcome: 'flagged', note: `unknown order ${orderId ?? '(none)'}` };
}
