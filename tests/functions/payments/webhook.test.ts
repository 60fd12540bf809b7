// stripeWebhook against the Firestore emulator, with payloads signed by the real Stripe SDK
// (CR-3, CR-4, PAY-4; issue 4 "Done when").
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import {
  allDocumentPaths,
  checkoutSession,
  createOrder,
  deliver,
  eventPayload,
  orderData,
  seconds,
  sign,
  stripeEventCount,
} from './support.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { processStripeWebhook } from '../../../functions/src/payments/stripeWebhook.ts';
import { balanceOf, ledger, seedBalance, walletDoc } from '../credits/support.ts';

beforeEach(resetEmulators);
afterAll(closeEmulators);

const completed = (
  orderId: string,
  options: Parameters<typeof checkoutSession>[1] = {},
  id = `evt_completed_${orderId}`,
) => ({
  id,
  type: 'checkout.session.completed',
  object: checkoutSession(orderId, options),
});

async function entryIds(uid: string): Promise<string[]> {
  return (await ledger(uid).get()).docs.map((doc) => doc.id).sort();
}

describe('stripeWebhook: signature', () => {
  it('answers 400 and writes nothing for a tampered body', async () => {
    await createOrder('order-t', 'buyer-t');
    const before = await allDocumentPaths();
    const payload = eventPayload(completed('order-t'));
    const tampered = payload.replace('"amount_total":4500', '"amount_total":450');
    expect(tampered).not.toBe(payload);
    const result = await processStripeWebhook(Buffer.from(tampered), sign(payload));
    expect(result.status).toBe(400);
    expect(await allDocumentPaths()).toEqual(before);
    // Its twin: the untouched body is accepted.
    expect((await processStripeWebhook(Buffer.from(payload), sign(payload))).status).toBe(200);
    expect(await balanceOf('buyer-t')).toBe(5);
  });

  it('answers 400 and writes nothing for a signature older than 5 minutes', async () => {
    await createOrder('order-old', 'buyer-old');
    const before = await allDocumentPaths();
    const payload = eventPayload(completed('order-old'));
    const old = await processStripeWebhook(
      Buffer.from(payload),
      sign(payload, { timestamp: seconds() - 301 }),
    );
    expect(old.status).toBe(400);
    expect(await allDocumentPaths()).toEqual(before);
    const recent = await processStripeWebhook(
      Buffer.from(payload),
      sign(payload, { timestamp: seconds() - 240 }),
    );
    expect(recent.status).toBe(200);
  });

  it('answers 400 for a missing signature or one made with another secret', async () => {
    const payload = eventPayload(completed('order-x'));
    expect((await processStripeWebhook(Buffer.from(payload), undefined)).status).toBe(400);
    expect(
      (await processStripeWebhook(Buffer.from(payload), sign(payload, { secret: 'whsec_other' }))).status,
    ).toBe(400);
    expect(await stripeEventCount()).toBe(0);
  });
});

describe('stripeWebhook: exactly once', () => {
  it.each([1, 2, 10])('credits once when the same event arrives %i times concurrently', async (times) => {
    const orderId = `order-${times}`;
    const uid = `buyer-${times}`;
    await createOrder(orderId, uid);
    const results = await Promise.all(Array.from({ length: times }, () => deliver(completed(orderId))));
    expect(results.map((result) => result.status)).toEqual(Array.from({ length: times }, () => 200));
    expect(results.filter((result) => result.body.outcome === 'applied')).toHaveLength(1);
    expect(await entryIds(uid)).toEqual([`order_${orderId}`]);
    expect(await balanceOf(uid)).toBe(5);
    expect(await orderData(orderId)).toMatchObject({ status: 'paid', paymentIntentId: `pi_${orderId}` });
    expect(await stripeEventCount()).toBe(1);
  });

  it('credits once when two different events confirm the same order', async () => {
    await createOrder('order-2e', 'buyer-2e');
    await deliver(completed('order-2e'));
    const second = await deliver({
      id: 'evt_async_2e',
      type: 'checkout.session.async_payment_succeeded',
      object: checkoutSession('order-2e'),
    });
    expect(second.status).toBe(200);
    expect(await entryIds('buyer-2e')).toEqual(['order_order-2e']);
    expect(await balanceOf('buyer-2e')).toBe(5);
  });

  it('records an event type it does not handle and answers 200', async () => {
    const result = await deliver({ id: 'evt_other', type: 'customer.created', object: { id: 'cus_1' } });
    expect(result).toEqual({ status: 200, body: { received: true, outcome: 'ignored' } });
    expect((await testDb.collection('stripeEvents').doc('evt_other').get()).get('outcome')).toBe('ignored');
  });

  it('answers 500 and commits nothing when processing fails, so Stripe retries', async () => {
    await testDb.collection('orders').doc('order-bad').set({ uid: 'buyer-bad', status: 'pending' });
    const result = await deliver(completed('order-bad'));
    expect(result.status).toBe(500);
    expect(await stripeEventCount()).toBe(0);
    expect(await balanceOf('buyer-bad')).toBeUndefined();
  });
});

describe('stripeWebhook: checkout', () => {
  it('grants nothing for a SEPA debit completed unpaid, then credits on async_payment_succeeded', async () => {
    await createOrder('order-sepa', 'buyer-sepa');
    const first = await deliver(completed('order-sepa', { paymentStatus: 'unpaid' }));
    expect(first.status).toBe(200);
    expect(await balanceOf('buyer-sepa')).toBeUndefined();
    expect(await orderData('order-sepa')).toMatchObject({ status: 'pending', awaitingPayment: true });

    await deliver({
      id: 'evt_sepa_ok',
      type: 'checkout.session.async_payment_succeeded',
      object: checkoutSession('order-sepa'),
    });
    expect(await balanceOf('buyer-sepa')).toBe(5);
    expect(await orderData('order-sepa')).toMatchObject({ status: 'paid', awaitingPayment: false });
  });

  it('marks the order failed on async_payment_failed and grants nothing', async () => {
    await createOrder('order-sepa-ko', 'buyer-sepa-ko');
    await deliver(completed('order-sepa-ko', { paymentStatus: 'unpaid' }));
    await deliver({
      id: 'evt_sepa_ko',
      type: 'checkout.session.async_payment_failed',
      object: checkoutSession('order-sepa-ko', { paymentStatus: 'unpaid' }),
    });
    expect(await orderData('order-sepa-ko')).toMatchObject({ status: 'failed', awaitingPayment: false });
    expect(await balanceOf('buyer-sepa-ko')).toBeUndefined();
  });

  it.each([
    ['amount', { amount: 100 }],
    ['currency', { currency: 'usd' }],
  ])('flags a payment whose %s differs from the order and grants nothing', async (_, options) => {
    await createOrder('order-mm', 'buyer-mm');
    const result = await deliver(completed('order-mm', options));
    expect(result.body.outcome).toBe('flagged');
    expect(await balanceOf('buyer-mm')).toBeUndefined();
    expect(await orderData('order-mm')).toMatchObject({ status: 'pending' });
    const alerts = await testDb.collection('paymentAlerts').get();
    expect(alerts.docs.map((doc) => doc.get('kind'))).toEqual(['amount-mismatch']);
  });

  it('flags an event about an order that does not exist', async () => {
    const result = await deliver(completed('order-missing'));
    expect(result).toMatchObject({ status: 200, body: { outcome: 'flagged' } });
    expect((await testDb.collection('paymentAlerts').get()).docs[0]?.get('kind')).toBe('unknown-order');
  });
});

const SUBSCRIPTION_ID = 'sub_test_1';

function subscriptionEvent(
  id: string,
  type: string,
  created: number,
  state: { status: string; cancelAtPeriodEnd: boolean; periodEnd: number },
) {
  return {
    id,
    type,
    created,
    object: {
      id: SUBSCRIPTION_ID,
      object: 'subscription',
      status: state.status,
      metadata: { orderId: 'order-sub', uid: 'buyer-sub' },
      cancel_at_period_end: state.cancelAtPeriodEnd,
      items: { data: [{ current_period_end: state.periodEnd }] },
    },
  };
}

function invoicePaid(id: string, invoiceId: string, created: number, periodStart: number) {
  return {
    id,
    type: 'invoice.paid',
    created,
    object: {
      id: invoiceId,
      object: 'invoice',
      currency: 'eur',
      amount_paid: 2900,
      parent: { subscription_details: { subscription: SUBSCRIPTION_ID, metadata: { orderId: 'order-sub' } } },
      payments: { data: [{ payment: { payment_intent: `pi_${invoiceId}` } }] },
      lines: { data: [{ period: { start: periodStart, end: periodStart + 2_592_000 } }] },
    },
  };
}

describe('stripeWebhook: subscriptions', () => {
  const t = 1_790_000_000;
  const events = [
    subscriptionEvent('evt_s1', 'customer.subscription.created', t, {
      status: 'active',
      cancelAtPeriodEnd: false,
      periodEnd: t + 100,
    }),
    invoicePaid('evt_i1', 'in_1', t, t),
    invoicePaid('evt_i2', 'in_2', t + 100, t + 100),
    subscriptionEvent('evt_s2', 'customer.subscription.updated', t + 100, {
      status: 'active',
      cancelAtPeriodEnd: false,
      periodEnd: t + 200,
    }),
    subscriptionEvent('evt_s3', 'customer.subscription.updated', t + 150, {
      status: 'active',
      cancelAtPeriodEnd: true,
      periodEnd: t + 200,
    }),
    subscriptionEvent('evt_s4', 'customer.subscription.deleted', t + 200, {
      status: 'canceled',
      cancelAtPeriodEnd: true,
      periodEnd: t + 200,
    }),
  ];

  async function finalState() {
    const subscription = (await testDb.collection('subscriptions').doc(SUBSCRIPTION_ID).get()).data() ?? {};
    const { updatedAt, ...rest } = subscription;
    expect(updatedAt).toBeDefined();
    return {
      subscription: rest,
      balance: await balanceOf('buyer-sub'),
      entries: await entryIds('buyer-sub'),
      order: (await orderData('order-sub'))?.status,
    };
  }

  async function deliverAll(list: typeof events) {
    for (const event of list) expect((await deliver(event)).status).toBe(200);
  }

  it('reaches the same final state whatever the order of delivery', async () => {
    const order = { productKind: 'subscription', credits: 10, amountCents: 2900, interval: 'month' };
    await createOrder('order-sub', 'buyer-sub', order);
    await deliverAll(events);
    const forward = await finalState();
    expect(forward).toMatchObject({
      subscription: {
        status: 'canceled',
        cancelAtPeriodEnd: true,
        uid: 'buyer-sub',
        creditsPerPeriod: 10,
        stateEventCreated: t + 200,
      },
      balance: 20,
      entries: ['invoice_in_1', 'invoice_in_2'],
      order: 'paid',
    });

    await resetEmulators();
    await createOrder('order-sub', 'buyer-sub', order);
    await deliverAll([...events].reverse());
    expect(await finalState()).toEqual(forward);
  });

  it('credits each paid period once, keyed by the invoice', async () => {
    await createOrder('order-sub', 'buyer-sub', {
      productKind: 'subscription',
      credits: 10,
      amountCents: 2900,
      interval: 'month',
    });
    await Promise.all([
      deliver(invoicePaid('evt_a', 'in_a', t, t)),
      deliver(invoicePaid('evt_a', 'in_a', t, t)),
    ]);
    await deliver(invoicePaid('evt_a_again', 'in_a', t + 5, t));
    expect(await entryIds('buyer-sub')).toEqual(['invoice_in_a']);
    expect(await balanceOf('buyer-sub')).toBe(10);
    expect(await orderData('order-sub')).toMatchObject({ status: 'paid', subscriptionId: SUBSCRIPTION_ID });
  });
});

describe('stripeWebhook: refunds and disputes', () => {
  const refund = (id: string, refunded: number) => ({
    id,
    type: 'charge.refunded',
    object: {
      id: 'ch_r',
      object: 'charge',
      payment_intent: 'pi_order-r',
      amount: 4500,
      amount_refunded: refunded,
      currency: 'eur',
    },
  });

  it('takes the credits back with one reversing entry per refund, whatever the replays', async () => {
    await createOrder('order-r', 'buyer-r');
    await deliver(completed('order-r'));
    await Promise.all([deliver(refund('evt_r1', 4500)), deliver(refund('evt_r1', 4500))]);
    await deliver(refund('evt_r1_redelivered_as_new', 4500));
    expect(await entryIds('buyer-r')).toEqual(['order_order-r', 'refund_ch_r_4500']);
    const reversal = (await ledger('buyer-r').doc('refund_ch_r_4500').get()).data();
    expect(reversal).toMatchObject({ delta: -5, balanceAfter: 0, kind: 'reversal', ref: 'orders/order-r' });
    expect(await balanceOf('buyer-r')).toBe(0);
    expect(await orderData('order-r')).toMatchObject({ status: 'refunded', refundedCents: 4500 });
  });

  it('takes back credits in proportion to partial refunds, in any order', async () => {
    await createOrder('order-r', 'buyer-r');
    await deliver(completed('order-r'));
    await deliver(refund('evt_r_full', 4500));
    await deliver(refund('evt_r_half', 2250)); // older, smaller cumulative amount: nothing more
    expect(await balanceOf('buyer-r')).toBe(0);
    expect(await entryIds('buyer-r')).toEqual(['order_order-r', 'refund_ch_r_4500']);
  });

  it('never makes the balance negative: the part already spent is flagged to staff', async () => {
    await createOrder('order-r', 'buyer-r');
    await deliver(completed('order-r'));
    // The member spends 4 of the 5 credits.
    await walletDoc('buyer-r').update({ balance: 1 });
    await ledger('buyer-r').doc('booking_spent').set({
      delta: -4,
      balanceAfter: 1,
      kind: 'booking',
      ref: 'bookings/x',
      actor: 'buyer-r',
      createdAt: new Date(),
    });
    await deliver(refund('evt_r_spent', 4500));
    expect(await balanceOf('buyer-r')).toBe(0);
    expect((await ledger('buyer-r').doc('refund_ch_r_4500').get()).get('delta')).toBe(-1);
    const alert = (await testDb.collection('paymentAlerts').get()).docs[0]?.data();
    expect(alert).toMatchObject({
      kind: 'refund-exceeds-balance',
      uid: 'buyer-r',
      missingCredits: 4,
      resolved: false,
    });
  });

  it('takes the credits back with one reversing entry for a dispute', async () => {
    await createOrder('order-d', 'buyer-d');
    await deliver(completed('order-d'));
    const dispute = {
      id: 'evt_dispute',
      type: 'charge.dispute.created',
      object: {
        id: 'dp_1',
        object: 'dispute',
        charge: 'ch_d',
        payment_intent: 'pi_order-d',
        amount: 4500,
        currency: 'eur',
      },
    };
    await Promise.all([deliver(dispute), deliver(dispute)]);
    expect(await entryIds('buyer-d')).toEqual(['dispute_dp_1', 'order_order-d']);
    expect((await ledger('buyer-d').doc('dispute_dp_1').get()).get('delta')).toBe(-5);
    expect(await balanceOf('buyer-d')).toBe(0);
  });

  it('ignores a refund of a payment it did not grant', async () => {
    await seedBalance('buyer-z', 3);
    const result = await deliver({
      id: 'evt_foreign',
      type: 'charge.refunded',
      object: {
        id: 'ch_z',
        payment_intent: 'pi_unknown',
        amount: 1000,
        amount_refunded: 1000,
        currency: 'eur',
      },
    });
    expect(result.body.outcome).toBe('ignored');
    expect(await balanceOf('buyer-z')).toBe(3);
  });
});
