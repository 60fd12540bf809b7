// Completing a verified event with what its payload may lack, before its transaction (network calls
// never run inside one). Only with a real key: demo events carry everything.
// - invoice.paid: recent API versions no longer put the payment intent on the invoice; it is listed
//   by the Invoice Payments API. Without it, a refund of a subscription period could not be matched.
// - customer.subscription.*: the payload may be older than another event of the same second; the
//   subscription as Stripe has it now is the truth, applied even on a tie (see subscriptionChanged).
// - checkout.session.*: the session lists the methods offered; the charge says which one paid.
import type Stripe from 'stripe';
import { logger } from 'firebase-functions';
import { invoicePaymentIntent, invoiceSchema } from './stripeObjects.ts';
import { projectId, stripeClient, stripeModeFor } from '../lib/stripe.ts';
import { STRIPE_SECRET_KEY } from '../config/params.ts';

const fresh = new WeakSet<object>();

/** Whether the event's object was fetched from Stripe just now (not the delivered snapshot). */
export const isFreshObject = (event: Stripe.Event) => fresh.has(event.data.object);

function secretKey(): string {
  try {
    return STRIPE_SECRET_KEY.value().trim();
  } catch {
    return '';
  }
}

function online(): boolean {
  const mode = stripeModeFor(secretKey(), projectId());
  return mode === 'live' || mode === 'test';
}

export async function enrichEvent(event: Stripe.Event): Promise<Stripe.Event> {
  if (!online()) return event;
  const stripe = stripeClient();
  const object = event.data.object as unknown as Record<string, unknown>;
  if (event.type === 'invoice.paid') {
    const invoice = invoiceSchema.parse(object);
    if (invoicePaymentIntent(invoice) === null) {
      const payments = await stripe.invoicePayments.list({ invoice: invoice.id, limit: 10 });
      const paymentIntent = payments.data.map((entry) => entry.payment.payment_intent).find((id) => id);
      const id = typeof paymentIntent === 'string' ? paymentIntent : paymentIntent?.id;
      if (id) object.payments = { data: [{ payment: { payment_intent: id } }] };
    }
  } else if (
    event.type.startsWith('customer.subscription.') &&
    event.type !== 'customer.subscription.deleted'
  ) {
    const current = await stripe.subscriptions.retrieve(String(object.id));
    const replaced = { ...current } as unknown as Stripe.Event.Data['object'];
    fresh.add(replaced);
    return { ...event, data: { ...event.data, object: replaced } } as Stripe.Event;
  } else if (event.type.startsWith('checkout.session.') && typeof object.payment_intent === 'string') {
    try {
      const intent = await stripe.paymentIntents.retrieve(object.payment_intent, {
        expand: ['latest_charge'],
      });
      const charge = intent.latest_charge;
      const method = typeof charge === 'object' && charge ? charge.payment_method_details?.type : undefined;
      if (method) object.payment_method_types = [method];
    } catch (error) {
      // The method only labels the invoice; the payment itself is confirmed by the session.
      logger.warn('stripeWebhook: payment method not found', { id: event.id, error: String(error) });
    }
  }
  return event;
}
