// The Firestore readers of the credits pages: lenient with half-written or older documents, and
// the ledger query each filter and page makes. The SDK instances are replaced: nothing connects.
import { describe, expect, it, vi } from 'vitest';
import {
  compareProducts,
  toOrderRecord,
  toProductRecord,
  toSubscriptionRecord,
} from '../../lib/firebase/shop.ts';
import { ledgerPageConstraints, toBalance, toLedgerEntryRecord } from '../../lib/firebase/wallet.ts';

vi.mock('../../lib/firebase/app.ts', () => ({ db: {}, auth: {}, functions: {}, app: {} }));

const at = (iso: string) => ({ toDate: () => new Date(iso) });

describe('products', () => {
  const pack = {
    kind: 'credit-pack',
    name: 'Pack 5',
    credits: 5,
    priceCents: 4500,
    vatRate: 20,
    active: true,
  };

  it('reads a pack and a subscription', () => {
    expect(toProductRecord('p5', { ...pack, sortOrder: 2, description: ' Idéal ' })).toEqual({
      id: 'p5',
      kind: 'credit-pack',
      name: 'Pack 5',
      description: 'Idéal',
      credits: 5,
      priceCents: 4500,
      vatRate: 20,
      interval: null,
      active: true,
      sortOrder: 2,
    });
    expect(
      toProductRecord('m10', { ...pack, kind: 'subscription', name: 'Mensuel', interval: 'month' })?.interval,
    ).toBe('month');
  });

  it('leaves out what cannot be sold', () => {
    expect(toProductRecord('x', { ...pack, name: ' ' })).toBeNull();
    expect(toProductRecord('x', { ...pack, credits: 0 })).toBeNull();
    expect(toProductRecord('x', { ...pack, kind: 'gift' })).toBeNull();
    expect(toProductRecord('x', { ...pack, kind: 'subscription' })).toBeNull();
    expect(toProductRecord('x', null)).toBeNull();
  });

  it('sorts packs before subscriptions, then by sortOrder and name', () => {
    const product = (id: string, kind: string, sortOrder: number, name = id) => {
      const record = toProductRecord(id, { ...pack, kind, name, sortOrder, interval: 'month' });
      if (!record) throw new Error('invalid fixture');
      return record;
    };
    const sorted = [
      product('sub', 'subscription', 0),
      product('b', 'credit-pack', 1),
      product('c', 'credit-pack', 0, 'Z'),
      product('a', 'credit-pack', 0, 'A'),
    ].sort(compareProducts);
    expect(sorted.map((p) => p.id)).toEqual(['a', 'c', 'b', 'sub']);
  });
});

describe('orders and subscriptions', () => {
  it('reads an order, with defaults for missing fields', () => {
    const order = toOrderRecord('o1', {
      uid: 'u1',
      productName: 'Pack 5',
      productKind: 'credit-pack',
      quantity: 2,
      amountCents: 9000,
      credits: 10,
      status: 'pending',
      awaitingPayment: true,
      returnTo: '/sessions/s1',
      demo: true,
      createdAt: at('2026-05-15T12:00:00Z'),
    });
    expect(order).toMatchObject({
      id: 'o1',
      status: 'pending',
      awaitingPayment: true,
      demo: true,
      quantity: 2,
    });
    expect(order.createdAt?.toISOString()).toBe('2026-05-15T12:00:00.000Z');
    expect(toOrderRecord('o2', { status: 'chargeback' })).toMatchObject({
      status: null,
      rawStatus: 'chargeback',
      quantity: 1,
      awaitingPayment: false,
      demo: false,
      paidAt: null,
    });
  });

  it('reads a subscription', () => {
    expect(
      toSubscriptionRecord('sub_1', {
        productName: 'Mensuel',
        interval: 'month',
        creditsPerPeriod: 10,
        amountCents: 8000,
        status: 'active',
        cancelAtPeriodEnd: true,
        currentPeriodEnd: null,
        demo: true,
      }),
    ).toMatchObject({ status: 'active', cancelAtPeriodEnd: true, currentPeriodEnd: null, interval: 'month' });
  });
});

describe('wallet', () => {
  it('reads the balance, 0 for a wallet not created yet or invalid', () => {
    expect(toBalance({ balance: 12 })).toBe(12);
    expect(toBalance(undefined)).toBe(0);
    expect(toBalance({ balance: 'x' })).toBe(0);
  });

  it('reads ledger entries, keeping unknown kinds as stored', () => {
    expect(
      toLedgerEntryRecord('e1', {
        delta: -2,
        balanceAfter: 3,
        kind: 'booking',
        ref: 'booking/b1',
        actor: 'u1',
        createdAt: at('2026-05-15T12:00:00Z'),
      }),
    ).toMatchObject({ delta: -2, balanceAfter: 3, kind: 'booking', reason: null });
    expect(toLedgerEntryRecord('e2', { delta: 5, kind: 'gift', reason: ' Geste ' })).toMatchObject({
      kind: null,
      rawKind: 'gift',
      reason: 'Geste',
    });
  });

  it('queries one page newest first, one more than the page, on one kind or all', () => {
    const types = (kind: Parameters<typeof ledgerPageConstraints>[0]['kind']) =>
      ledgerPageConstraints({ kind, after: null, pageSize: 20 }).map((c) => c.type);
    expect(types(null)).toEqual(['orderBy', 'limit']);
    expect(types('booking')).toEqual(['where', 'orderBy', 'limit']);
  });
});
