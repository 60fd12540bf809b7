// The callable half of the permissions matrix (ACC-3, ADM-4; issue 8 "the rules and callable tests
// prove each cell"): every cell of the "Callables" table in docs/permissions.md, run against the
// deployed handlers. A denied cell is refused before anything is read or written; an allowed cell
// gets through the role check; an "own" cell is proved again on another member's record.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableFunction } from 'firebase-functions/v2/https';
import { organizationSettingsSchema } from '@agora/domain';
import { demoOrganization } from '../../../scripts/seed/demo-data.ts';
import * as deployed from '../../../functions/src/index.ts';
import { finalizeInvoice } from '../../../functions/src/invoices/finalize.ts';
import { invoiceOrder } from '../../../functions/src/invoices/sources.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { allDocumentPaths, createBuyer, createOrder } from '../payments/support.ts';
import { createMembers, createSession } from '../sessions/support.ts';
import { createResource, span } from '../spaces/support.ts';
import { ACTORS, readCallableMatrix, type Actor, type Cell } from './permissionsDoc.ts';

type Callable = CallableFunction<unknown, Promise<unknown>>;

const matrix = readCallableMatrix();
const exported = Object.entries(deployed as Record<string, unknown>)
  .filter(([, fn]) => {
    const endpoint = (fn as { __endpoint?: { callableTrigger?: unknown } }).__endpoint;
    return typeof fn === 'function' && endpoint?.callableTrigger !== undefined;
  })
  .map(([name]) => name)
  .sort();
const callableNamed = (name: string) => (deployed as Record<string, unknown>)[name] as Callable;

const settings = organizationSettingsSchema.parse(demoOrganization);

/** A verified account per actor; the visitor has none. */
function authOf(actor: Actor, uid = `${actor}-1`) {
  if (actor === 'visitor') return undefined;
  return signedIn(uid, {
    email: `${uid}@example.fr`,
    email_verified: true,
    ...(actor === 'member' ? {} : { role: actor }),
  });
}

afterAll(closeEmulators);

describe('the callables table of docs/permissions.md', () => {
  it('has one row per exported callable and no row for anything else', () => {
    expect(exported.length).toBeGreaterThan(20);
    expect([...matrix.keys()].sort()).toEqual(exported);
  });

  it('gives staff at least what members get, and admins at least what assistants get', () => {
    const rank: Record<Cell, number> = { denied: 0, own: 1, allowed: 2 };
    for (const [name, row] of matrix) {
      expect(row.visitor, name).toBe('denied');
      expect(rank[row.assistant], name).toBeGreaterThanOrEqual(rank[row.member]);
      expect(rank[row.admin], name).toBeGreaterThanOrEqual(rank[row.assistant]);
    }
  });
});

describe('every cell: refused before anything happens, or through the role check', () => {
  beforeAll(resetEmulators);

  for (const [name, row] of matrix) {
    for (const actor of ACTORS) {
      const cell = row[actor];
      // A string is no callable's input: an actor let through is refused by the input schema.
      it(`${name} × ${actor}: ${cell}`, async () => {
        const failure = await rejection(call(callableNamed(name), 'not-an-input', authOf(actor)));
        if (actor === 'visitor') {
          expect(failure.code).toBe('unauthenticated');
        } else if (cell === 'denied') {
          expect([failure.code, failure.details?.reason]).toEqual(['permission-denied', 'forbidden']);
          expect(failure.message).toBe('Vous n’avez pas les droits nécessaires pour cette action.');
        } else {
          expect([failure.code, failure.details?.reason]).toEqual(['invalid-argument', 'invalid-input']);
        }
        expect(await allDocumentPaths()).toEqual([]);
      });
    }
  }
});

/** Acting on a record of member `ana`: what to set up, the input, and how success shows. */
interface OwnScenario {
  arrange: () => Promise<unknown>;
  check: (result: unknown) => Promise<void> | void;
}

const ANA = 'ana';
const bookAna = () => call(deployed.bookSession, { sessionId: 's1' }, authOf('member', ANA));
const bookAnaSpace = async () =>
  (await call(
    deployed.bookSpace,
    { resourceId: 'voltaire', payWith: 'credits', ...span(10) },
    authOf('member', ANA),
  )) as { bookingId: string };

const ownScenarios: Record<string, OwnScenario> = {
  bookSession: {
    arrange: async () => {
      await Promise.all([createSession('s1'), createMembers([ANA], 5)]);
      return { sessionId: 's1', uid: ANA };
    },
    check: async (result) => {
      expect(result).toMatchObject({ bookingId: 'session_s1_ana', balance: 4 });
      expect((await testDb.doc('bookings/session_s1_ana').get()).get('status')).toBe('confirmed');
    },
  },
  cancelBooking: {
    arrange: async () => {
      await Promise.all([createSession('s1'), createMembers([ANA], 5)]);
      await bookAna();
      return { bookingId: 'session_s1_ana' };
    },
    check: async () => {
      expect((await testDb.doc('bookings/session_s1_ana').get()).get('status')).toBe('cancelled');
      expect((await testDb.doc('wallets/ana').get()).get('balance')).toBe(5);
    },
  },
  manageSubscription: {
    arrange: async () => {
      // Already stopping at the period's end: the answer comes from our record, not from Stripe.
      await testDb.doc('subscriptions/sub_ana').set({
        uid: ANA,
        productId: 'plan-10',
        productName: 'Abonnement 10 crédits',
        orderId: 'o-sub',
        interval: 'month',
        creditsPerPeriod: 10,
        amountCents: 2900,
        status: 'active',
        cancelAtPeriodEnd: true,
        currentPeriodEnd: Timestamp.fromMillis(Date.now() + 20 * 86_400_000),
        stateEventCreated: 1,
        demo: true,
        updatedAt: Timestamp.now(),
      });
      return { subscriptionId: 'sub_ana', action: 'cancel' };
    },
    check: (result) => expect(result).toEqual({ status: 'active', cancelAtPeriodEnd: true }),
  },
  demoPayments: {
    arrange: async () => {
      process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
      await createOrder('o-ana', ANA, { demo: true } as Record<string, unknown>);
      await testDb.doc('orders/o-ana').update({ status: 'paid', paidAt: Timestamp.now() });
      return { action: 'settle', orderId: 'o-ana', succeeded: true };
    },
    // Past the owner check, the paid order itself is the reason for refusing.
    check: (failure) =>
      expect(failure).toMatchObject({ code: 'failed-precondition', details: { reason: 'not-bookable' } }),
  },
  downloadInvoice: {
    arrange: async () => {
      await Promise.all([createBuyer(ANA), createOrder('o-ana', ANA)]);
      await testDb
        .doc('orders/o-ana')
        .update({ status: 'paid', paidAt: Timestamp.now(), paymentMethod: 'card' });
      const issued = await invoiceOrder('o-ana');
      await finalizeInvoice(issued?.invoiceId ?? '');
      return { invoiceId: issued?.invoiceId };
    },
    check: (result) => {
      const download = result as { filename: string; base64: string };
      expect(download.filename).toMatch(/^[\w-]+\.pdf$/);
      expect(Buffer.from(download.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
  },
  bookSpace: {
    arrange: async () => {
      await Promise.all([createResource('voltaire'), createMembers([ANA], 10)]);
      return { resourceId: 'voltaire', payWith: 'credits', uid: ANA, ...span(10) };
    },
    check: async (result) => {
      expect(result).toMatchObject({ status: 'confirmed', balance: 8 });
      const { bookingId } = result as { bookingId: string };
      expect((await testDb.doc(`bookings/${bookingId}`).get()).get('uid')).toBe(ANA);
    },
  },
  moveSpaceBooking: {
    arrange: async () => {
      await Promise.all([createResource('voltaire'), createMembers([ANA], 10)]);
      const { bookingId } = await bookAnaSpace();
      return { bookingId, ...span(14) };
    },
    check: async (result) => {
      const { bookingId } = result as { bookingId: string };
      const moved = await testDb.doc(`bookings/${bookingId}`).get();
      expect((moved.get('startsAt') as Timestamp).toDate().toISOString()).toBe(span(14).start);
    },
  },
};

describe("'own' cells, on another member's record", () => {
  beforeEach(async () => {
    await resetEmulators();
    await testDb.doc('settings/organization').set(settings);
  });
  afterAll(() => {
    delete process.env.STRIPE_SECRET_KEY;
  });

  it('has a scenario for exactly the callables with an own cell', () => {
    const withOwn = [...matrix].filter(([, row]) => Object.values(row).includes('own')).map(([n]) => n);
    expect(Object.keys(ownScenarios).sort()).toEqual(withOwn.sort());
  });

  for (const [name, scenario] of Object.entries(ownScenarios)) {
    const row = matrix.get(name);
    // The owner first, then every signed-in actor acting on ana's record.
    const callers: [string, Actor, string][] = [
      ['the owner', 'member', ANA],
      ...ACTORS.filter((actor) => actor !== 'visitor').map((actor): [string, Actor, string] => [
        `${actor} (${row?.[actor] ?? '?'})`,
        actor,
        `${actor}-1`,
      ]),
    ];
    for (const [label, actor, uid] of callers) {
      const allowed = uid === ANA || row?.[actor] === 'allowed';
      it(`${name}: ${label} → ${allowed ? 'done' : 'forbidden'}`, async () => {
        const input = await scenario.arrange();
        const before = await allDocumentPaths();
        const outcome = call(callableNamed(name), input, authOf(actor, uid));
        if (allowed) {
          await scenario.check(name === 'demoPayments' ? await rejection(outcome) : await outcome);
        } else {
          const failure = await rejection(outcome);
          expect([failure.code, failure.details?.reason]).toEqual(['permission-denied', 'forbidden']);
          expect(await allDocumentPaths()).toEqual(before);
        }
      });
    }
  }
});
