// `createCheckout` (contract, CR-2): creates `orders/{orderId}` (pending, amount computed here from
// the product, never from the client) and the place to pay it: a Stripe Checkout Session (idempotency
// key = orderId, client_reference_id and metadata = orderId), or in demo mode the local demo page.
// Payment methods are the ones the Stripe account enables (card, PayPal, SEPA debit...).
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import {
  CURRENCY,
  createCheckoutInputSchema,
  isProfileComplete,
  orderTotals,
  productFieldsSchema,
  type CreateCheckoutResult,
  type ProductFields,
} from '@agora/domain';
import { paymentCallableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { callable, type Caller } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { stripeClient, stripeMode } from '../lib/stripe.ts';
import { appOrigin } from '../mail/links.ts';
import { orderRef } from './orders.ts';

function productUnavailable(): Error {
  return callableError('not-found', 'Ce produit n’est plus en vente. Rechargez la boutique.', {
    reason: 'product-unavailable',
  });
}

async function readProduct(productId: string): Promise<ProductFields> {
  const snapshot = await db().collection('products').doc(productId).get();
  const parsed = productFieldsSchema.safeParse(snapshot.data());
  if (!snapshot.exists || !parsed.success || !parsed.data.active) throw productUnavailable();
  return parsed.data;
}

/** The member's Stripe customer, created once (idempotency key and a stored id). */
export async function stripeCustomer(stripe: Stripe, caller: Caller): Promise<string> {
  const ref = db().collection('stripeCustomers').doc(caller.uid);
  const stored = (await ref.get()).get('customerId') as unknown;
  if (typeof stored === 'string') return stored;
  const customer = await stripe.customers.create(
    { ...(caller.email ? { email: caller.email } : {}), metadata: { uid: caller.uid } },
    { idempotencyKey: `customer_${caller.uid}` },
  );
  await ref.set({ customerId: customer.id, createdAt: FieldValue.serverTimestamp() });
  return customer.id;
}

async function stripeCheckoutUrl(
  orderId: string,
  product: ProductFields,
  quantity: number,
  caller: Caller,
): Promise<{ url: string; sessionId: string }> {
  const stripe = stripeClient();
  const customer = await stripeCustomer(stripe, caller);
  const metadata = { orderId, uid: caller.uid };
  const origin = appOrigin();
  const subscription = product.kind === 'subscription';
  const session = await stripe.checkout.sessions.create(
    {
      mode: subscription ? 'subscription' : 'payment',
      customer,
      client_reference_id: orderId,
      metadata,
      locale: 'fr',
      line_items: [
        {
          quantity,
          price_data: {
            currency: CURRENCY,
            unit_amount: product.priceCents,
            tax_behavior: 'inclusive',
            product_data: { name: product.name, metadata: { credits: String(product.credits) } },
            ...(subscription && product.interval ? { recurring: { interval: product.interval } } : {}),
          },
        },
      ],
      ...(subscription ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
      success_url: `${origin}/checkout/return?order=${orderId}`,
      cancel_url: `${origin}/checkout/cancelled?order=${orderId}`,
    },
    { idempotencyKey: orderId },
  );
  if (!session.url) throw new Error(`Checkout Session ${session.id} has no URL`);
  return { url: session.url, sessionId: session.id };
}

export const handleCreateCheckout = callable(
  { input: createCheckoutInputSchema, requireVerifiedEmail: true },
  async ({ productId, quantity, promoCode, returnTo }, caller): Promise<CreateCheckoutResult> => {
    if (promoCode !== undefined && promoCode.trim() !== '') {
      throw callableError('failed-precondition', 'Ce code promo n’est pas valable.', {
        reason: 'promo-invalid',
      });
    }
    const mode = stripeMode();
    const [product, profile] = await Promise.all([
      readProduct(productId),
      db().collection('users').doc(caller.uid).get(),
    ]);
    if (!isProfileComplete(profile.data())) {
      throw callableError(
        'failed-precondition',
        'Complétez votre profil (adresse, téléphone…) avant votre achat : il figure sur la facture.',
        { reason: 'profile-incomplete' },
      );
    }
    if (product.kind === 'subscription' && quantity !== 1) {
      throw callableError('invalid-argument', 'Un abonnement se souscrit à l’unité.', {
        reason: 'invalid-input',
        issues: [
          { path: 'quantity', code: 'quantityInvalid', message: 'Un abonnement se souscrit à l’unité.' },
        ],
      });
    }

    const order = orderRef(db().collection('orders').doc().id);
    const totals = orderTotals(product, quantity);
    const now = FieldValue.serverTimestamp();
    await order.create({
      uid: caller.uid,
      productId,
      productKind: product.kind,
      productName: product.name,
      ...(product.interval ? { interval: product.interval } : {}),
      vatRate: product.vatRate,
      quantity,
      unitPriceCents: product.priceCents,
      amountCents: totals.amountCents,
      currency: CURRENCY,
      credits: totals.credits,
      status: 'pending',
      refundedCents: 0,
      ...(returnTo ? { returnTo } : {}),
      demo: mode === 'demo',
      createdAt: now,
      updatedAt: now,
    });

    if (mode === 'demo') return { orderId: order.id, url: `${appOrigin()}/checkout/demo/${order.id}` };
    try {
      const { url, sessionId } = await stripeCheckoutUrl(order.id, product, quantity, caller);
      await order.update({ checkoutSessionId: sessionId, updatedAt: FieldValue.serverTimestamp() });
      return { orderId: order.id, url };
    } catch (error) {
      await order.update({ status: 'failed', updatedAt: FieldValue.serverTimestamp() });
      throw error instanceof Error && 'httpErrorCode' in error ? error : paymentsDown(error);
    }
  },
);

export function paymentsDown(error: unknown): Error {
  return callableError(
    'unavailable',
    `Le service de paiement ne répond pas (${error instanceof Error ? error.message : String(error)}). Réessayez dans un instant.`,
    { reason: 'payments-unavailable' },
  );
}

export const createCheckout = onCall(paymentCallableOptions, handleCreateCheckout);
