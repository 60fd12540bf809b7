// `stripeWebhook` (contract): Stripe's POSTs, verified on the raw body with the endpoint's signing
// secret (tolerance 5 minutes, so a captured delivery cannot be replayed later). Answers:
// - 400 and no write when the signature is missing, wrong, or too old, or the body is not an event;
// - 200 once the event's effect and its `stripeEvents` record are committed (or were already);
// - 200 for event types we do not handle (recorded as ignored), so Stripe stops sending them;
// - 500 when processing fails, so Stripe retries later (nothing was committed).
import { onRequest } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions';
import type Stripe from 'stripe';
import { REGION } from '@agora/domain';
import { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } from '../config/params.ts';
import { stripeClient, webhookSecret } from '../lib/stripe.ts';
import { applyEventOnce, type EventHandler, type EventResult } from './webhookEvents.ts';
import { enrichEvent } from './enrichEvent.ts';
import { handleCheckoutSession } from './events/checkoutSession.ts';
import { handleInvoicePaid } from './events/invoicePaid.ts';
import { handleSubscriptionChanged } from './events/subscriptionChanged.ts';
import { handleChargeRefunded, handleDisputeCreated } from './events/chargeReversal.ts';

/** Signatures older than this are refused (Stripe's recommended default). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const EVENT_HANDLERS: Readonly<Record<string, EventHandler>> = {
  'checkout.session.completed': handleCheckoutSession,
  'checkout.session.async_payment_succeeded': handleCheckoutSession,
  'checkout.session.async_payment_failed': handleCheckoutSession,
  'invoice.paid': handleInvoicePaid,
  'customer.subscription.created': handleSubscriptionChanged,
  'customer.subscription.updated': handleSubscriptionChanged,
  'customer.subscription.deleted': handleSubscriptionChanged,
  'charge.refunded': handleChargeRefunded,
  'charge.dispute.created': handleDisputeCreated,
};

const ignoreEvent: EventHandler = () =>
  Promise.resolve({ outcome: 'ignored', note: 'event type not handled' });

export interface WebhookResponse {
  status: number;
  body: { received: boolean; outcome?: EventResult['outcome']; error?: string };
}

/** Verifies and applies one delivery; the HTTP function below only adapts it. */
export async function processStripeWebhook(
  rawBody: Buffer | string,
  signature: string | undefined,
): Promise<WebhookResponse> {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error('missing Stripe-Signature header');
    event = stripeClient().webhooks.constructEvent(
      rawBody,
      signature,
      webhookSecret(),
      SIGNATURE_TOLERANCE_SECONDS,
    );
  } catch (error) {
    logger.warn('stripeWebhook: refused a delivery', { error: String(error) });
    return { status: 400, body: { received: false, error: 'invalid signature' } };
  }

  try {
    const handler = EVENT_HANDLERS[event.type];
    const result = await applyEventOnce(handler ? await enrichEvent(event) : event, handler ?? ignoreEvent);
    logger.info('stripeWebhook: processed', { id: event.id, type: event.type, ...result });
    return { status: 200, body: { received: true, outcome: result.outcome } };
  } catch (error) {
    logger.error('stripeWebhook: processing failed, Stripe will retry', {
      id: event.id,
      type: event.type,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return { status: 500, body: { received: false, error: 'processing failed' } };
  }
}

export const stripeWebhook = onRequest(
  // Stripe calls it without Google credentials; the signature is the authentication.
  { region: REGION, secrets: [STRIPE_WEBHOOK_SECRET, STRIPE_SECRET_KEY], invoker: 'public', cors: false },
  async (request, response) => {
    if (request.method !== 'POST') {
      response.set('Allow', 'POST').status(405).json({ received: false, error: 'POST only' });
      return;
    }
    const result = await processStripeWebhook(request.rawBody, request.get('stripe-signature'));
    response.status(result.status).json(result.body);
  },
);
