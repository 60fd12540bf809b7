// CR-7 property (issue 4 "Done when"): random sequences of purchases and refunds (signed webhook
// deliveries), staff adjustments and booking debits, some fired concurrently, some replayed. After
// every step: balance = sum of the ledger, balance ≥ 0, no entry changed or deleted.
import { closeEmulators, resetEmulators } from '../support/emulators.ts';
import { checkoutSession, createOrder, deliver } from './support.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { adjustCredits } from '../../../functions/src/index.ts';
import { applyLedgerEntry, runLedgerTransaction } from '../../../functions/src/credits/ledger.ts';
import { call, signedIn } from '../support/callables.ts';
import { balanceOf, createMember, ledgerSnapshots } from './../credits/support.ts';

const admin = signedIn('admin-1', { email: 'admin-1@example.fr', email_verified: true, role: 'admin' });

type Op =
  | { type: 'purchase'; credits: number }
  | { type: 'refund'; pick: number; share: 'half' | 'full' }
  | { type: 'adjust'; delta: number }
  | { type: 'debit'; amount: number }
  | { type: 'replay'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('purchase' as const), credits: fc.integer({ min: 1, max: 10 }) }),
  fc.record({
    type: fc.constant('refund' as const),
    pick: fc.nat(),
    share: fc.constantFrom('half' as const, 'full' as const),
  }),
  fc.record({
    type: fc.constant('adjust' as const),
    delta: fc.integer({ min: -5, max: 5 }).filter((delta) => delta !== 0),
  }),
  fc.record({ type: fc.constant('debit' as const), amount: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ type: fc.constant('replay' as const), pick: fc.nat() }),
);
const stepsArb = fc.array(fc.array(opArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });

beforeAll(resetEmulators);
afterAll(closeEmulators);

let runCount = 0;

describe('wallet property: purchases, refunds, adjustments, debits', () => {
  it('keeps balance = sum of entries, balance ≥ 0, entries immutable', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(stepsArb, async (steps) => {
        runCount += 1;
        const uid = `wallet-prop-${runCount}`;
        await createMember(uid);
        let counter = 0;
        const purchases: { orderId: string; amountCents: number }[] = [];
        const done: (() => Promise<unknown>)[] = [];
        let before = new Map<string, DocumentSnapshot>();

        const plan = async (op: Op): Promise<(() => Promise<unknown>) | null> => {
          counter += 1;
          const id = `${runCount}-${counter}`;
          switch (op.type) {
            case 'purchase': {
              const orderId = `order-${id}`;
              const amountCents = op.credits * 900;
              await createOrder(orderId, uid, { credits: op.credits, amountCents });
              purchases.push({ orderId, amountCents });
              const event = {
                id: `evt_buy_${id}`,
                type: 'checkout.session.completed',
                object: checkoutSession(orderId, { amount: amountCents }),
              };
              return () => deliver(event);
            }
            case 'refund': {
              const purchase = purchases[op.pick % Math.max(purchases.length, 1)];
              if (!purchase) return null;
              const refunded =
                op.share === 'full' ? purchase.amountCents : Math.floor(purchase.amountCents / 2);
              const event = {
                id: `evt_refund_${id}`,
                type: 'charge.refunded',
                object: {
                  id: `ch_${purchase.orderId}`,
                  payment_intent: `pi_${purchase.orderId}`,
                  amount: purchase.amountCents,
                  amount_refunded: refunded,
                  currency: 'eur',
                },
              };
              return () => deliver(event);
            }
            case 'adjust': {
              const input = { uids: [uid], delta: op.delta, reason: 'Propriété', requestId: `prop-${id}` };
              return () => call(adjustCredits, input, admin);
            }
            case 'debit':
              return () =>
                runLedgerTransaction((tx) =>
                  applyLedgerEntry(tx, {
                    uid,
                    entryId: `booking_${id}`,
                    delta: -op.amount,
                    kind: 'booking',
                    ref: `bookings/${id}`,
                    actor: uid,
                  }),
                );
            case 'replay':
              return done[op.pick % Math.max(done.length, 1)] ?? null;
          }
        };

        for (const batch of steps) {
          const attempts = (await Promise.all(batch.map(plan))).filter((attempt) => attempt !== null);
          const results = await Promise.allSettled(attempts.map((attempt) => attempt()));
          results.forEach((result, index) => {
            // Only a too-low balance may refuse a change; a delivery always answers 200.
            if (result.status === 'rejected') {
              expect(result.reason).toMatchObject({ details: { reason: 'insufficient-credits' } });
            } else {
              const status = (result.value as { status?: number } | undefined)?.status;
              if (status !== undefined) expect(status).toBe(200);
              const attempt = attempts[index];
              if (attempt) done.push(attempt);
            }
          });

          const after = await ledgerSnapshots(uid);
          const balance = (await balanceOf(uid)) ?? 0;
          const sum = [...after.values()].reduce((total, doc) => total + (doc.get('delta') as number), 0);
          expect(balance).toBe(sum);
          expect(balance).toBeGreaterThanOrEqual(0);
          for (const doc of after.values()) expect(doc.get('balanceAfter')).toBeGreaterThanOrEqual(0);
          for (const [id, doc] of before) {
            expect(after.get(id)?.data()).toEqual(doc.data());
            expect(after.get(id)?.updateTime).toEqual(doc.updateTime);
          }
          before = after;
        }
      }),
      { numRuns: 10 },
    );
    console.info(`wallet property: ${runCount} runs in ${Date.now() - started} ms`);
  }, 120_000);
});
