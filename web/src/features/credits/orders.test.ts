import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '@agora/domain';
import { demoCheckoutState, ORDER_STATUS_COLORS, orderIdParam, orderPhase } from './orders.ts';

describe('orderPhase', () => {
  it.each([
    [{ status: 'pending', awaitingPayment: false }, 'confirming'],
    [{ status: 'pending', awaitingPayment: true }, 'awaitingBank'],
    [{ status: 'paid', awaitingPayment: false }, 'paid'],
    [{ status: 'failed', awaitingPayment: false }, 'failed'],
    [{ status: 'refunded', awaitingPayment: false }, 'refunded'],
    [{ status: null, awaitingPayment: false }, 'unknown'],
  ] as const)('%j is %s', (order, expected) => {
    expect(orderPhase(order)).toBe(expected);
  });
});

describe('order status chips', () => {
  it('colour every status', () => {
    for (const status of ORDER_STATUSES) expect(ORDER_STATUS_COLORS[status]).toBeDefined();
    expect(ORDER_STATUS_COLORS.paid).toBe('success');
    expect(ORDER_STATUS_COLORS.failed).toBe('error');
  });
});

describe('demoCheckoutState', () => {
  it('pays only a demo order still waiting for its payment', () => {
    expect(demoCheckoutState({ status: 'pending', awaitingPayment: false, demo: true })).toBe('payable');
    expect(demoCheckoutState({ status: 'pending', awaitingPayment: false, demo: false })).toBe('notDemo');
    expect(demoCheckoutState({ status: 'pending', awaitingPayment: true, demo: true })).toBe('settled');
    expect(demoCheckoutState({ status: 'paid', awaitingPayment: false, demo: true })).toBe('settled');
    expect(demoCheckoutState({ status: 'failed', awaitingPayment: false, demo: true })).toBe('settled');
  });
});

describe('orderIdParam', () => {
  it('keeps document ids only', () => {
    expect(orderIdParam('AbC_12-x')).toBe('AbC_12-x');
    expect(orderIdParam(null)).toBeNull();
    expect(orderIdParam('')).toBeNull();
    expect(orderIdParam('a/b')).toBeNull();
    expect(orderIdParam('x'.repeat(129))).toBeNull();
  });
});
