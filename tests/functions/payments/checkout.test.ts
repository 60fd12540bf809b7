// createCheckout (CR-2): the order's amount comes from the product on the server; demo mode answers
// the local checkout page; with a real key the real Stripe SDK is used, here against a loopback
// server standing in for api.stripe.com, which records what the SDK sent.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { createBuyer, createProduct } from './support.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCheckout } from '../../../functions/src/index.ts';
import { stripeModeFor } from '../../../functions/src/lib/stripe.ts';
import { call, rejection, signedIn } from '../support/callables.ts';

beforeEach(resetEmulators);
afterAll(closeEmulators);

const buyer = signedIn('buyer-1', { email: 'buyer-1@example.fr', email_verified: true });

describe('createCheckout: demo mode', () => {
  it('creates a pending order priced on the server and answers the demo checkout page', async () => {
    await Promise.all([createBuyer('buyer-1'), createProduct('pack-5', { priceCents: 4500, credits: 5 })]);
    const result = await call(
      createCheckout,
      { productId: 'pack-5', quantity: 2, returnTo: '/sessions/s1' },
      buyer,
    );
    expect(result.url).toBe(`http://127.0.0.1:5000/checkout/demo/${result.orderId}`);
    const order = (await testDb.collection('orders').doc(result.orderId).get()).data();
    expect(order).toMatchObject({
      uid: 'buyer-1',
      productId: 'pack-5',
      quantity: 2,
      unitPriceCents: 4500,
      amountCents: 9000,
      credits: 10,
      currency: 'eur',
      status: 'pending',
      returnTo: '/sessions/s1',
      demo: true,
    });
  });

  it.each([
    ['an inactive product', { active: false }, 'product-unavailable'],
    ['a subscription bought twice at once', { kind: 'subscription', interval: 'month' }, 'invalid-input'],
  ])('refuses %s and writes no order', async (_, product, reason) => {
    await Promise.all([createBuyer('buyer-1'), createProduct('p', product)]);
    const failure = await rejection(call(createCheckout, { productId: 'p', quantity: 2 }, buyer));
    expect(failure.details?.reason).toBe(reason);
    expect((await testDb.collection('orders').count().get()).data().count).toBe(0);
  });

  it('refuses an unknown product, a promo code, an incomplete profile and an unverified email', async () => {
    await createProduct('pack-5');
    expect((await rejection(call(createCheckout, { productId: 'nope' }, buyer))).details?.reason).toBe(
      'product-unavailable',
    );
    expect((await rejection(call(createCheckout, { productId: 'pack-5' }, buyer))).details?.reason).toBe(
      'profile-incomplete',
    );
    await createBuyer('buyer-1');
    expect(
      (await rejection(call(createCheckout, { productId: 'pack-5', promoCode: 'NOEL' }, buyer))).details
        ?.reason,
    ).toBe('promo-invalid');
    const unverified = signedIn('buyer-1', { email: 'buyer-1@example.fr', email_verified: false });
    expect((await rejection(call(createCheckout, { productId: 'pack-5' }, unverified))).details?.reason).toBe(
      'email-not-verified',
    );
    expect(
      (
        await rejection(
          call(createCheckout, { productId: 'pack-5', returnTo: 'https://evil.example' }, buyer),
        )
      ).details?.reason,
    ).toBe('invalid-input');
    // The twin that passes every check.
    expect((await call(createCheckout, { productId: 'pack-5' }, buyer)).orderId).toMatch(/^\w{20}$/);
    expect((await testDb.collection('orders').count().get()).data().count).toBe(1);
  });
});

describe('stripeModeFor', () => {
  it.each([
    ['sk_demo_x', 'demo-agora', 'demo'],
    ['sk_demo_x', 'agora-prod', null],
    ['sk_live_x', 'agora-prod', 'live'],
    ['sk_test_x', 'agora-prod', 'test'],
    ['', 'agora-prod', null],
    ['pk_live_x', 'agora-prod', null],
  ])('key %s in project %s is %s', (key, project, mode) => {
    expect(stripeModeFor(key, project)).toBe(mode);
  });
});

interface Recorded {
  path: string;
  idempotencyKey: string | undefined;
  form: URLSearchParams;
}

describe('createCheckout: with a Stripe key (loopback API)', () => {
  const recorded: Recorded[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const header = request.headers['idempotency-key'];
      recorded.push({
        path: request.url ?? '',
        idempotencyKey: typeof header === 'string' ? header : undefined,
        form: new URLSearchParams(body),
      });
      const answer =
        request.url === '/v1/customers'
          ? { id: 'cus_loop', object: 'customer' }
          : { id: 'cs_loop', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_loop' };
      response
        .writeHead(200, { 'Content-Type': 'application/json', 'Request-Id': 'req_loop' })
        .end(JSON.stringify(answer));
    });
  });

  beforeEach(async () => {
    recorded.length = 0;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.STRIPE_SECRET_KEY = 'sk_test_loopback';
    process.env.STRIPE_API_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
    delete process.env.STRIPE_API_BASE_URL;
    await new Promise((resolve) => server.close(resolve));
  });

  it('creates a Checkout Session keyed by the order id and answers its URL', async () => {
    await Promise.all([
      createBuyer('buyer-1'),
      createProduct('plan', { kind: 'subscription', interval: 'month', priceCents: 2900, credits: 10 }),
    ]);
    const result = await call(createCheckout, { productId: 'plan' }, buyer);
    expect(result.url).toBe('https://checkout.stripe.com/c/pay/cs_loop');
    expect(recorded.map((request) => request.path)).toEqual(['/v1/customers', '/v1/checkout/sessions']);
    const [customer, session] = recorded;
    expect(customer?.idempotencyKey).toBe('customer_buyer-1');
    expect(session?.idempotencyKey).toBe(result.orderId);
    expect(Object.fromEntries(session?.form ?? [])).toMatchObject({
      mode: 'subscription',
      customer: 'cus_loop',
      client_reference_id: result.orderId,
      'metadata[orderId]': result.orderId,
      'subscription_data[metadata][orderId]': result.orderId,
      'line_items[0][price_data][unit_amount]': '2900',
      'line_items[0][price_data][currency]': 'eur',
      'line_items[0][price_data][recurring][interval]': 'month',
      success_url: `http://127.0.0.1:5000/checkout/return?order=${result.orderId}`,
    });
    // No payment_method_types: the methods enabled on the Stripe account apply (card, PayPal, SEPA...).
    expect([...(session?.form.keys() ?? [])].some((key) => key.startsWith('payment_method_types'))).toBe(
      false,
    );
    expect((await testDb.collection('orders').doc(result.orderId).get()).data()).toMatchObject({
      checkoutSessionId: 'cs_loop',
      demo: false,
      status: 'pending',
    });
    // The customer is created once per member.
    await call(createCheckout, { productId: 'plan' }, buyer);
    expect(recorded.filter((request) => request.path === '/v1/customers')).toHaveLength(1);
  });
});
