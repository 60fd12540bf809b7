// With a real Stripe key, the webhook completes events before applying them (a loopback server
// stands in for api.stripe.com): the payment intent of a subscription invoice comes from the
// Invoice Payments API, and a subscription event uses the subscription as Stripe has it now.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { createOrder, deliver } from './support.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

const requests: string[] = [];
const server = createServer((request, response) => {
  requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
  const url = request.url ?? '';
  const body = url.startsWith('/v1/invoice_payments')
    ? {
        object: 'list',
        data: [{ id: 'inpay_1', payment: { type: 'payment_intent', payment_intent: 'pi_from_api' } }],
        has_more: false,
      }
    : {
        id: 'sub_live',
        object: 'subscription',
        status: 'active',
        metadata: { orderId: 'order-live' },
        cancel_at_period_end: true,
        items: { object: 'list', data: [{ current_period_end: 1_800_000_000 }] },
      };
  response
    .writeHead(200, { 'Content-Type': 'application/json', 'Request-Id': 'req_loop' })
    .end(JSON.stringify(body));
});

beforeEach(async () => {
  await resetEmulators();
  requests.length = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.STRIPE_SECRET_KEY = 'sk_test_loopback';
  process.env.STRIPE_API_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
  delete process.env.STRIPE_API_BASE_URL;
  await new Promise((resolve) => server.close(resolve));
});
afterAll(closeEmulators);

describe('stripeWebhook with a real key', () => {
  it('finds the payment intent of a subscription invoice the payload does not carry', async () => {
    await createOrder('order-live', 'buyer-live', {
      productKind: 'subscription',
      credits: 10,
      amountCents: 2900,
      interval: 'month',
    });
    const result = await deliver({
      id: 'evt_live_invoice',
      type: 'invoice.paid',
      object: {
        id: 'in_live',
        object: 'invoice',
        currency: 'eur',
        amount_paid: 2900,
        parent: { subscription_details: { subscription: 'sub_live', metadata: { orderId: 'order-live' } } },
      },
    });
    expect(result.status).toBe(200);
    expect(requests).toEqual(['GET /v1/invoice_payments?invoice=in_live&limit=10']);
    expect((await testDb.doc('payments/pi_from_api').get()).data()).toMatchObject({
      uid: 'buyer-live',
      invoiceId: 'in_live',
      credits: 10,
    });
  });

  it('applies the subscription as Stripe has it now, even on a same-second tie', async () => {
    await createOrder('order-live', 'buyer-live', {
      productKind: 'subscription',
      credits: 10,
      amountCents: 2900,
      interval: 'month',
    });
    await testDb.doc('subscriptions/sub_live').set({
      orderId: 'order-live',
      uid: 'buyer-live',
      status: 'active',
      cancelAtPeriodEnd: false,
      stateEventCreated: 1_790_000_000,
    });
    const stale = {
      id: 'sub_live',
      object: 'subscription',
      status: 'active',
      metadata: { orderId: 'order-live' },
      cancel_at_period_end: false,
    };
    const result = await deliver({
      id: 'evt_live_sub',
      type: 'customer.subscription.updated',
      created: 1_790_000_000,
      object: stale,
    });
    expect(result.body.outcome).toBe('applied');
    expect(requests).toEqual(['GET /v1/subscriptions/sub_live']);
    expect((await testDb.doc('subscriptions/sub_live').get()).data()).toMatchObject({
      status: 'active',
      cancelAtPeriodEnd: true,
    });
  });
});
