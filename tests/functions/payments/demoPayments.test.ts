// The demo checkout (issue 4, "Demo payments"): each action builds the events Stripe would send,
// signs them and POSTs them over HTTP to a webhook endpoint running the real verification and
// fulfilment code. Also manageSubscription and refundOrder, which go through the same path.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { createBuyer, createProduct, orderData, startWebhookEndpoint } from './support.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCheckout,
  demoPayments,
  manageSubscription,
  refundOrder,
} from '../../../functions/src/index.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { balanceOf, ledger } from '../credits/support.ts';

const buyer = signedIn('buyer-1', { email: 'buyer-1@example.fr', email_verified: true });
const other = signedIn('buyer-2', { email: 'buyer-2@example.fr', email_verified: true });
const assistant = signedIn('assistant-1', { email: 'a@example.fr', email_verified: true, role: 'assistant' });

let endpoint: Awaited<ReturnType<typeof startWebhookEndpoint>>;
beforeAll(async () => {
  endpoint = await startWebhookEndpoint();
  process.env.STRIPE_DEMO_WEBHOOK_URL = endpoint.url;
});
beforeEach(async () => {
  await resetEmulators();
  endpoint.received.length = 0;
  await Promise.all([
    createBuyer('buyer-1'),
    createProduct('pack-5', { credits: 5, priceCents: 4500 }),
    createProduct('plan-10', { kind: 'subscription', interval: 'month', credits: 10, priceCents: 2900 }),
  ]);
});
afterAll(async () => {
  delete process.env.STRIPE_DEMO_WEBHOOK_URL;
  await endpoint.close();
  await closeEmulators();
});

async function checkout(productId: string) {
  return (await call(createCheckout, { productId }, buyer)).orderId;
}

describe('demoPayments', () => {
  it('pays a pack by card: one signed checkout.session.completed, credits once', async () => {
    const orderId = await checkout('pack-5');
    const result = await call(demoPayments, { action: 'pay', orderId, method: 'card' }, buyer);
    expect(result.events).toEqual([`evt_demo_${orderId}_checkout_completed`]);
    expect(endpoint.received).toEqual(['checkout.session.completed']);
    expect(await balanceOf('buyer-1')).toBe(5);
    expect(await orderData(orderId)).toMatchObject({ status: 'paid', paymentMethod: 'card' });
    // Paying again is refused: the order is no longer pending.
    expect(
      (await rejection(call(demoPayments, { action: 'pay', orderId, method: 'card' }, buyer))).code,
    ).toBe('failed-precondition');
    expect(await balanceOf('buyer-1')).toBe(5);
  });

  it('pays by SEPA debit: nothing until the bank settles', async () => {
    const orderId = await checkout('pack-5');
    await call(demoPayments, { action: 'pay', orderId, method: 'sepa_debit' }, buyer);
    expect(await balanceOf('buyer-1')).toBeUndefined();
    expect(await orderData(orderId)).toMatchObject({ status: 'pending', awaitingPayment: true });
    await call(demoPayments, { action: 'settle', orderId, succeeded: true }, buyer);
    expect(await balanceOf('buyer-1')).toBe(5);
    expect(endpoint.received).toEqual([
      'checkout.session.completed',
      'checkout.session.async_payment_succeeded',
    ]);
  });

  it("refuses another member's order", async () => {
    const orderId = await checkout('pack-5');
    const failure = await rejection(call(demoPayments, { action: 'pay', orderId, method: 'card' }, other));
    expect(failure.details?.reason).toBe('forbidden');
    expect(await orderData(orderId)).toMatchObject({ status: 'pending' });
  });

  it('runs a subscription: first period, renewals, stop at period end, end', async () => {
    const orderId = await checkout('plan-10');
    await call(demoPayments, { action: 'pay', orderId, method: 'card' }, buyer);
    const subscriptionId = `sub_demo_${orderId}`;
    const subscription = () => testDb.collection('subscriptions').doc(subscriptionId).get();
    expect((await subscription()).data()).toMatchObject({
      status: 'active',
      uid: 'buyer-1',
      cancelAtPeriodEnd: false,
      creditsPerPeriod: 10,
    });
    expect(await balanceOf('buyer-1')).toBe(10);
    const firstEnd = (await subscription()).get('currentPeriodEnd').toMillis() as number;

    await call(demoPayments, { action: 'renew', subscriptionId }, buyer);
    expect(await balanceOf('buyer-1')).toBe(20);
    expect((await subscription()).get('currentPeriodEnd').toMillis()).toBeGreaterThan(firstEnd);

    expect(await call(manageSubscription, { subscriptionId, action: 'cancel' }, buyer)).toMatchObject({
      cancelAtPeriodEnd: true,
    });
    expect((await subscription()).get('cancelAtPeriodEnd')).toBe(true);
    await call(manageSubscription, { subscriptionId, action: 'resume' }, buyer);
    expect((await subscription()).get('cancelAtPeriodEnd')).toBe(false);
    await call(manageSubscription, { subscriptionId, action: 'cancel' }, buyer);

    await call(demoPayments, { action: 'renew', subscriptionId }, buyer);
    expect((await subscription()).get('status')).toBe('canceled');
    expect(await balanceOf('buyer-1')).toBe(20);
    const entries = (await ledger('buyer-1').get()).docs.map((doc) => doc.get('kind') as string);
    expect(entries).toEqual(['subscription', 'subscription']);
    expect(
      (await rejection(call(manageSubscription, { subscriptionId, action: 'resume' }, buyer))).code,
    ).toBe('failed-precondition');
    expect(
      (await rejection(call(manageSubscription, { subscriptionId, action: 'cancel' }, other))).details
        ?.reason,
    ).toBe('forbidden');
  });
});

describe('refundOrder', () => {
  it('refunds through the webhook once per request, audited, staff only', async () => {
    const orderId = await checkout('pack-5');
    await call(demoPayments, { action: 'pay', orderId, method: 'card' }, buyer);
    const input = { orderId, amountCents: 1800, reason: 'Geste commercial', requestId: 'refund-req-0001' };

    expect((await rejection(call(refundOrder, input, buyer))).details?.reason).toBe('forbidden');
    await Promise.all([call(refundOrder, input, assistant), call(refundOrder, input, assistant)]);
    const requests = await testDb.collection('orders').doc(orderId).collection('refunds').get();
    expect(requests.docs.map((doc) => [doc.id, doc.get('amountCents')])).toEqual([['refund-req-0001', 1800]]);
    expect(await balanceOf('buyer-1')).toBe(3);
    expect(await orderData(orderId)).toMatchObject({ status: 'paid', refundedCents: 1800 });
    const audit = await testDb.collection('auditLog').where('action', '==', 'order.refund').get();
    expect(audit.docs.map((doc) => doc.get('reason'))).toEqual(['Geste commercial']);

    const tooMuch = await rejection(
      call(refundOrder, { ...input, amountCents: 5000, requestId: 'refund-req-0002' }, assistant),
    );
    expect(tooMuch.details?.reason).toBe('not-refundable');
    await call(refundOrder, { orderId, reason: 'Solde', requestId: 'refund-req-0003' }, assistant);
    expect(await balanceOf('buyer-1')).toBe(0);
    expect(await orderData(orderId)).toMatchObject({ status: 'refunded', refundedCents: 4500 });
  });
});
