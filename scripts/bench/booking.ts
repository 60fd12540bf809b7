// `npm run bench:booking [-- --members 200 --capacity 20]` (issue 5 item 9): inside the emulators,
// creates N members with credits and a session of capacity C, fires every booking at once through
// the deployed `bookSession` callable (HTTP, real ID tokens from the Auth emulator), then prints
// what happened: confirmed, oversold (must be 0), negative balances (must be 0), latency p50/p95,
// and the Firestore reads and writes per booking the callable measured on its own transaction.
import { parseArgs } from 'node:util';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { DEMO_PROJECT_ID, PRIVACY_POLICY_VERSION, REGION } from '@agora/domain';

const { values } = parseArgs({
  options: { members: { type: 'string', default: '200' }, capacity: { type: 'string', default: '20' } },
});
const N = Number(values.members);
const C = Number(values.capacity);
const CREDITS = 3;
const COST = 1;
const PASSWORD = 'Bench-password-2026';

for (const name of ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST']) {
  if (!process.env[name]) throw new Error(`${name} is not set: run through npm run bench:booking`);
}
const authHost = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? '';
const functionsUrl = `http://127.0.0.1:5001/${DEMO_PROJECT_ID}/${REGION}/bookSession`;

const app = getApps()[0] ?? initializeApp({ projectId: DEMO_PROJECT_ID });
const auth = getAuth(app);
const db = getFirestore(app);
const run = `bench${Date.now().toString(36)}`;
const uids = Array.from({ length: N }, (_, index) => `${run}-${index}`);

async function inChunks<T>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map(task));
}

async function idToken(uid: string): Promise<string> {
  const response = await fetch(
    `http://${authHost}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=bench`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `${uid}@bench.test`, password: PASSWORD, returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { idToken?: string };
  if (!body.idToken) throw new Error(`no token for ${uid}: ${JSON.stringify(body)}`);
  return body.idToken;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

console.log(
  `bench:booking: ${N} members with ${CREDITS} credits, one session of capacity ${C} costing ${COST}`,
);
const setupStarted = Date.now();
await inChunks(uids, 25, (uid) =>
  auth.createUser({ uid, email: `${uid}@bench.test`, password: PASSWORD, emailVerified: true }),
);
for (let start = 0; start < N; start += 100) {
  const batch = db.batch();
  for (const uid of uids.slice(start, start + 100)) {
    const now = Timestamp.now();
    batch.set(db.doc(`users/${uid}`), {
      firstName: 'Banc',
      lastName: 'Essai',
      email: `${uid}@bench.test`,
      phone: '+33612345678',
      address: { line1: '1 rue de la Paix', postalCode: '69002', city: 'Lyon', country: 'FR' },
      birthDate: '1990-01-01',
      status: 'employee',
      smsOptIn: false,
      consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true, acceptedAt: now },
      createdAt: now,
      updatedAt: now,
    });
    batch.set(db.doc(`wallets/${uid}/ledger/adjustment_bench`), {
      delta: CREDITS,
      balanceAfter: CREDITS,
      kind: 'adjustment',
      ref: 'adjustment/bench',
      actor: 'system',
      createdAt: now,
    });
    batch.set(db.doc(`wallets/${uid}`), { balance: CREDITS, updatedAt: now });
  }
  await batch.commit();
}
const startsAt = new Date(Date.now() + 7 * 24 * 3_600_000);
await db.doc(`sessions/${run}`).set({
  title: `Banc d’essai ${run}`,
  topic: 'Banc',
  trainer: 'Bench',
  mode: 'online',
  startsAt: Timestamp.fromDate(startsAt),
  endsAt: Timestamp.fromDate(new Date(startsAt.getTime() + 3_600_000)),
  capacity: C,
  creditCost: COST,
  published: true,
  status: 'scheduled',
  seatsBooked: 0,
  waitlistCount: 0,
  createdAt: Timestamp.now(),
  updatedAt: Timestamp.now(),
});
const tokens = new Map<string, string>();
await inChunks(uids, 25, async (uid) => tokens.set(uid, await idToken(uid)));
console.log(`setup: ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);

interface Outcome {
  ms: number;
  ok: boolean;
  reason: string;
  stats?: { attempts: number; reads: number; writes: number; ms: number };
}
const fired = Date.now();
const outcomes: Outcome[] = await Promise.all(
  uids.map(async (uid) => {
    const started = performance.now();
    const response = await fetch(functionsUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.get(uid) ?? ''}` },
      body: JSON.stringify({ data: { sessionId: run } }),
    });
    const body = (await response.json()) as {
      result?: { stats?: Outcome['stats'] };
      error?: { details?: { reason?: string }; status?: string };
    };
    const ms = performance.now() - started;
    return body.result
      ? { ms, ok: true, reason: 'ok', ...(body.result.stats ? { stats: body.result.stats } : {}) }
      : {
          ms,
          ok: false,
          reason: body.error?.details?.reason ?? body.error?.status ?? `http ${response.status}`,
        };
  }),
);
const wall = Date.now() - fired;

const confirmed = (
  await db
    .collection('bookings')
    .where('sessionId', '==', run)
    .where('status', '==', 'confirmed')
    .count()
    .get()
).data().count;
const seatsBooked = (await db.doc(`sessions/${run}`).get()).get('seatsBooked') as number;
const balances = await Promise.all(
  uids.map(async (uid) => (await db.doc(`wallets/${uid}`).get()).get('balance') as number),
);
const negative = balances.filter((balance) => balance < 0).length;
const spent = balances.reduce((sum, balance) => sum + (CREDITS - balance), 0);
const reasons: Record<string, number> = {};
for (const outcome of outcomes) reasons[outcome.reason] = (reasons[outcome.reason] ?? 0) + 1;
const all = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
const booked = outcomes
  .filter((outcome) => outcome.ok)
  .map((outcome) => outcome.ms)
  .sort((a, b) => a - b);
const measured = outcomes.flatMap((outcome) => (outcome.stats ? [outcome.stats] : []));
const mean = (pick: (stats: NonNullable<Outcome['stats']>) => number) =>
  measured.length === 0 ? NaN : measured.reduce((sum, stats) => sum + pick(stats), 0) / measured.length;

console.log(`fired ${N} bookings at once; all answered in ${(wall / 1000).toFixed(2)} s`);
console.log(`answers: ${JSON.stringify(reasons)}`);
console.log(`confirmed: ${confirmed} (capacity ${C}); seatsBooked: ${seatsBooked}; credits spent: ${spent}`);
console.log(`oversold: ${Math.max(0, confirmed - C) + Math.abs(seatsBooked - confirmed)}`);
console.log(`negative balances: ${negative}`);
console.log(
  `latency, all calls: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms`,
);
console.log(
  `latency, confirmed bookings: p50 ${percentile(booked, 50).toFixed(0)} ms, p95 ${percentile(booked, 95).toFixed(0)} ms`,
);
console.log(
  `per confirmed booking (its transaction, all attempts): ${mean((stats) => stats.reads).toFixed(1)} reads, ` +
    `${mean((stats) => stats.writes).toFixed(1)} writes, ${mean((stats) => stats.attempts).toFixed(2)} attempts, ` +
    `${mean((stats) => stats.ms).toFixed(0)} ms in the function (the rest of the latency is the emulator's queue: ` +
    `FUNCTIONS_EMULATOR_PARALLEL workers, one request each)`,
);
if (confirmed !== Math.min(C, N) || negative !== 0 || seatsBooked !== confirmed) {
  console.error('bench:booking: INCONSISTENT RESULT');
  process.exit(1);
}
