// Stripe as the payments tests see it: the real SDK signs event payloads with the endpoint secret
// these tests configure, and the webhook verifies them exactly as in production. Import after
// ../support/emulators.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { PRIVACY_POLICY_VERSION } from '@agora/domain';
import { testAuth, testDb } from '../support/emulators.ts';
import { processStripeWebhook, type WebhookResponse } from '../../../functions/src/payments/stripeWebhook.ts';

export const WEBHOOK_SECRET = 'whsec_agora_functions_tests';
// Demo mode: allowed because the tests run in a demo-* project (PROJECT_ID).
process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

const signer = new Stripe('sk_test_signing_only');

export interface EventInput {
  id: string;
  type: string;
  object: Record<string, unknown>;
  created?: number;
}

export function eventPayload({ id, type, object, created }: EventInput): string {
  return JSON.stringify({
    id,
    object: 'event',
    type,
    created: created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    api_version: '2026-10-28.endive',
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  });
}

export function sign(payload: string, options: { timestamp?: number; secret?: string } = {}): string {
  return signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
  });
}

/** Delivers one event, signed now with the right secret. */
export function deliver(event: EventInput): Promise<WebhookResponse> {
  const payload = eventPayload(event);
  return processStripeWebhook(Buffer.from(payload), sign(payload));
}

export const seconds = () => Math.floor(Date.now() / 1000);

export const COMPLETE_PROFILE = {
  firstName: 'Camille',
  lastName: 'Martin',
  phone: '+33612345678',
  address: { line1: '1 rue de la République', postalCode: '69002', city: 'Lyon', country: 'FR' },
  birthDate: '1990-04-15',
  status: 'employee',
  smsOptIn: false,
  consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true, acceptedAt: Timestamp.now() },
  createdAt: Timestamp.now(),
  updatedAt: Timestamp.now(),
};

export async function createBuyer(uid: string): Promise<void> {
  await testDb
    .collection('users')
    .doc(uid)
    .set({ ...COMPLETE_PROFILE, email: `${uid}@example.fr` });
}

export async function createProduct(
  id: string,
  fields: Partial<{
    kind: string;
    credits: number;
    priceCents: number;
    interval: string;
    active: boolean;
  }> = {},
): Promise<void> {
  await testDb
    .collection('products')
    .doc(id)
    .set({
      kind: 'credit-pack',
      name: `Produit ${id}`,
      credits: 5,
      priceCents: 4500,
      vatRate: 20,
      active: true,
      sortOrder: 0,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      ...fields,
    });
}

/** A pending order as createCheckout writes it. */
export async function createOrder(
  orderId: string,
  uid: string,
  fields: Partial<{ productKind: string; credits: number; amountCents: number; interval: string }> = {},
): Promise<void> {
  const amountCents = fields.amountCents ?? 4500;
  await testDb
    .collection('orders')
    .doc(orderId)
    .set({
      uid,
      productId: 'pack-5',
      productKind: 'credit-pack',
      productName: 'Pack 5 crédits',
      vatRate: 20,
      quantity: 1,
      unitPriceCents: amountCents,
      amountCents,
      currency: 'eur',
      credits: 5,
      status: 'pending',
      refundedCents: 0,
      demo: false,
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
      ...fields,
    });
}

/** A Checkout Session payload for an order (payment mode unless the order is a subscription). */
export function checkoutSession(
  orderId: string,
  options: {
    paymentStatus?: 'paid' | 'unpaid';
    amount?: number;
    currency?: string;
    subscription?: string;
  } = {},
): Record<string, unknown> {
  return {
    id: `cs_test_${orderId}`,
    object: 'checkout.session',
    mode: options.subscription ? 'subscription' : 'payment',
    client_reference_id: orderId,
    metadata: { orderId },
    amount_total: options.amount ?? 4500,
    currency: options.currency ?? 'eur',
    payment_status: options.paymentStatus ?? 'paid',
    payment_intent: options.subscription ? null : `pi_${orderId}`,
    subscription: options.subscription ?? null,
    payment_method_types: ['card'],
  };
}

export async function orderData(orderId: string) {
  return (await testDb.collection('orders').doc(orderId).get()).data();
}

export async function stripeEventCount(): Promise<number> {
  return (await testDb.collection('stripeEvents').count().get()).data().count;
}

/** Every document under the project, by path: to prove a refused delivery wrote nothing. */
export async function allDocumentPaths(): Promise<string[]> {
  const paths: string[] = [];
  const walk = async (collections: FirebaseFirestore.CollectionReference[]): Promise<void> => {
    for (const collection of collections) {
      for (const doc of (await collection.get()).docs) {
        paths.push(doc.ref.path);
        await walk(await doc.ref.listCollections());
      }
    }
  };
  await walk(await testDb.listCollections());
  return paths.sort();
}

/**
 * A loopback HTTP endpoint that hands each delivery to the webhook code in this process: the demo
 * checkout posts real signed HTTP requests to it, and the effects land in the tests' project.
 */
export async function startWebhookEndpoint(): Promise<{
  url: string;
  close: () => Promise<void>;
  received: string[];
}> {
  const received: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const signature = request.headers['stripe-signature'];
      received.push((JSON.parse(body.toString('utf8')) as { type: string }).type);
      void processStripeWebhook(body, typeof signature === 'string' ? signature : undefined).then(
        (result) => {
          response
            .writeHead(result.status, { 'Content-Type': 'application/json' })
            .end(JSON.stringify(result.body));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/stripeWebhook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function createVerifiedUser(uid: string): Promise<void> {
  await testAuth.createUser({ uid, email: `${uid}@example.fr`, emailVerified: true });
}
