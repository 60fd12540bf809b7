// The ledger primitive against the Firestore emulator (CR-5, CR-6): concurrent debits never
// overdraw, and random sequences of changes, some concurrent, some replayed, keep every invariant.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { LedgerKind } from '@agora/domain';
import { adjustCredits } from '../../../functions/src/index.ts';
import { applyLedgerEntry, runLedgerTransaction } from '../../../functions/src/credits/ledger.ts';
import { call, signedIn } from '../support/callables.ts';
import { balanceOf, createMember, ledgerSnapshots, seedBalance } from './support.ts';

const admin = signedIn('admin-1', { email: 'admin-1@example.fr', email_verified: true, role: 'admin' });

/** Applies one entry in its own transaction, as a purchase, booking or refund would. */
function apply(
  uid: string,
  entryId: string,
  delta: number,
  kind: LedgerKind = delta > 0 ? 'purchase' : 'booking',
) {
  return runLedgerTransaction((tx) =>
    applyLedgerEntry(tx, { uid, entryId, delta, kind, ref: `test/${entryId}`, actor: 'system' }),
  );
}

beforeAll(resetEmulators);
afterAll(closeEmulators);

describe('ledger: concurrent debits', () => {
  it('lets exactly 5 of 20 concurrent 1-credit debits through on a balance of 5', async () => {
    const uid = 'concurrent-1';
    await seedBalance(uid, 5);

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => apply(uid, `booking_b${index}`, -1)),
    );

    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(fulfilled).toHaveLength(5);
    expect(rejected).toHaveLength(15);
    for (const reason of rejected) {
      expect(reason).toMatchObject({
        code: 'failed-precondition',
        details: { reason: 'insufficient-credits' },
      });
    }
    expect(await balanceOf(uid)).toBe(0);
    const entries = [...(await ledgerSnapshots(uid)).values()].map((doc) => doc.data());
    expect(entries.filter((entry) => entry?.delta === -1)).toHaveLength(5);
    expect(entries.map((entry) => entry?.balanceAfter).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('writes nothing for a debit on a wallet that does not exist', async () => {
    await expect(apply('no-wallet', 'booking_x', -1)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'insufficient-credits', uids: ['no-wallet'] },
    });
    expect((await testDb.collection('wallets').doc('no-wallet').get()).exists).toBe(false);
    expect((await ledgerSnapshots('no-wallet')).size).toBe(0);
  });
});

// ---- Property: random sequences of changes keep the ledger truthful ----

type Op =
  | { type: 'credit'; amount: number; kind: 'purchase' | 'subscription' | 'refund' }
  | { type: 'debit'; amount: number }
  | { type: 'adjust'; delta: number }
  | { type: 'replay'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('credit' as const),
    amount: fc.integer({ min: 1, max: 10 }),
    kind: fc.constantFrom('purchase' as const, 'subscription' as const, 'refund' as const),
  }),
  fc.record({ type: fc.constant('debit' as const), amount: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    type: fc.constant('adjust' as const),
    delta: fc.integer({ min: -5, max: 5 }).filter((delta) => delta !== 0),
  }),
  fc.record({ type: fc.constant('replay' as const), pick: fc.nat() }),
);
/** A step is one operation, or a batch fired concurrently. */
const stepsArb = fc.array(fc.array(opArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });

interface Applied {
  entryId: string;
  /** Runs the same operation again with the same id. */
  again: () => Promise<unknown>;
}

let runCount = 0;

describe('ledger: property', () => {
  it('keeps balance = sum of entries, balance ≥ 0, entries immutable and replays inert', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(stepsArb, async (steps) => {
        runCount += 1;
        const uid = `prop-${runCount}`;
        await createMember(uid);
        let counter = 0;
        const applied: Applied[] = [];
        // Nothing else touches this wallet: each step starts from what the previous one read.
        let before = new Map<string, DocumentSnapshot>();
        let balanceBefore = 0;

        const run = (op: Op): { entryId: string; attempt: () => Promise<unknown> } | null => {
          counter += 1;
          switch (op.type) {
            case 'credit': {
              const entryId = `${op.kind}_${counter}`;
              return { entryId, attempt: () => apply(uid, entryId, op.amount, op.kind) };
            }
            case 'debit': {
              const entryId = `booking_${counter}`;
              return { entryId, attempt: () => apply(uid, entryId, -op.amount) };
            }
            case 'adjust': {
              const requestId = `prop-req-${counter}`;
              const input = { uids: [uid], delta: op.delta, reason: 'Test', requestId };
              return {
                entryId: `adjustment_${requestId}_${uid}`,
                attempt: () => call(adjustCredits, input, admin),
              };
            }
            case 'replay':
              return null;
          }
        };

        for (const batch of steps) {
          const replays = batch.flatMap((op) =>
            op.type === 'replay' && applied.length > 0 ? [applied[op.pick % applied.length]] : [],
          );
          const fresh = batch.flatMap((op) => {
            const planned = run(op);
            return planned ? [planned] : [];
          });
          const results = await Promise.allSettled([
            ...fresh.map((planned) => planned.attempt()),
            ...replays.map((replay) => replay?.again()),
          ]);
          for (const result of results) {
            // Only a too-low balance may refuse a change; a replay never fails.
            if (result.status === 'rejected') {
              expect(result.reason).toMatchObject({ details: { reason: 'insufficient-credits' } });
            }
          }
          fresh.forEach((planned, index) => {
            if (results[index]?.status === 'fulfilled') {
              applied.push({ entryId: planned.entryId, again: planned.attempt });
            }
          });

          const after = await ledgerSnapshots(uid);
          const balance = (await balanceOf(uid)) ?? 0;
          // Balance = sum of entries, never negative.
          const sum = [...after.values()].reduce((total, doc) => total + (doc.get('delta') as number), 0);
          expect(balance).toBe(sum);
          expect(balance).toBeGreaterThanOrEqual(0);
          for (const doc of after.values()) expect(doc.get('balanceAfter')).toBeGreaterThanOrEqual(0);
          // No entry changed or deleted.
          for (const [id, doc] of before) {
            expect(after.get(id)?.data()).toEqual(doc.data());
            expect(after.get(id)?.updateTime).toEqual(doc.updateTime);
          }
          // Exactly the successful fresh changes added entries; replays added nothing.
          const added = [...after.keys()].filter((id) => !before.has(id)).sort();
          const succeeded = fresh.filter((_, index) => results[index]?.status === 'fulfilled');
          expect(added).toEqual(succeeded.map((planned) => planned.entryId).sort());
          expect(after.size).toBe(applied.length);
          // A sequential change is refused exactly when the balance is too low.
          const [only] = batch;
          if (batch.length === 1 && only?.type === 'debit') {
            expect(results[0]?.status).toBe(balanceBefore >= only.amount ? 'fulfilled' : 'rejected');
          }
          if (fresh.length === 0) expect(balance).toBe(balanceBefore);
          before = after;
          balanceBefore = balance;
        }
      }),
      { numRuns: 15 },
    );
    console.info(`ledger property: ${runCount} runs in ${Date.now() - started} ms`);
  }, 90_000);
});
