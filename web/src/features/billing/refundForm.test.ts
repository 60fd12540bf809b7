import { describe, expect, it } from 'vitest';
import { canRefund, refundOrderInput, remainingCents } from './refundForm.ts';

const REQUEST_ID = '3f1c2a9e-8d4b-4c55-9a77-0b1e2d3c4f5a';
const order = { id: 'order_1', status: 'paid' as const, amountCents: 9000, refundedCents: 2500 };

describe('refund helpers', () => {
  it('computes what remains refundable', () => {
    expect(remainingCents(order)).toBe(6500);
    expect(remainingCents({ amountCents: 100, refundedCents: 300 })).toBe(0);
  });

  it('offers a refund only on paid orders with money left', () => {
    expect(canRefund(order)).toBe(true);
    expect(canRefund({ ...order, refundedCents: 9000 })).toBe(false);
    expect(canRefund({ ...order, status: 'refunded' })).toBe(false);
    expect(canRefund({ ...order, status: 'pending' })).toBe(false);
  });
});

describe('refundOrderInput', () => {
  it('sends the amount typed in euros as cents', () => {
    expect(refundOrderInput({ amount: '65,00', reason: ' Annulation ' }, order, REQUEST_ID)).toEqual({
      ok: true,
      value: { orderId: 'order_1', amountCents: 6500, reason: 'Annulation', requestId: REQUEST_ID },
    });
  });

  it.each(['', '0', '65,01', 'abc', '-1'])('refuses the amount %j', (amount) => {
    expect(refundOrderInput({ amount, reason: 'Motif' }, order, REQUEST_ID)).toEqual({
      ok: false,
      errors: { amount: 'refundAmountInvalid' },
    });
  });

  it('requires a reason', () => {
    expect(refundOrderInput({ amount: '10', reason: '' }, order, REQUEST_ID)).toEqual({
      ok: false,
      errors: { reason: 'reasonRequired' },
    });
  });
});
