// `npm run bench:availability [-- --resources 30 --bookings 2000 --runs 20]` (issue 7 "Done when"):
// inside the emulators, stores R resources and B bookings over one week as `bookSpace` leaves them
// (each accepted by the domain's `canBook`, held in its day document), then times what the staff
// calendar does for a week of every resource: one query per resource on `spaceDays` (the week and a
// day either side) and `availability` over the 7 days. Prints documents read per query and in
// total, and p50/p95 of the read, of the computation and of both.
import { parseArgs } from 'node:util';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import {
  DEMO_PROJECT_ID,
  availability,
  canBook,
  localDateOf,
  nextLocalDate,
  resourceFieldsSchema,
  shiftLocalDate,
  slotsForDay,
  spaceDayDocSchema,
  spaceDayId,
  type BookingInterval,
  type ResourceFields,
} from '@agora/domain';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: '30' },
    bookings: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '20' },
  },
});
const R = Number(values.resources);
const B = Number(values.bookings);
const RUNS = Number(values.runs);
const TZ = 'Europe/Paris';

if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error('run through npm run bench:availability');
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId: DEMO_PROJECT_ID }));
const run = `bench${Date.now().toString(36)}`;

// A deterministic generator, so two runs book the same pattern.
let seed = 20_261_121;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const hours = [{ open: '08:00', close: '20:00' }];
function resource(index: number): ResourceFields {
  const kinds = ['hot-desk', 'meeting-room', 'private-office'] as const;
  const kind = kinds[index % kinds.length] ?? 'meeting-room';
  return resourceFieldsSchema.parse({
    name: `Bench ${String(index)}`,
    kind,
    capacity: kind === 'hot-desk' ? 12 : 1,
    openingHours: { '0': hours, '1': hours, '2': hours, '3': hours, '4': hours, '5': hours, '6': hours },
    slotMinutes: kind === 'hot-desk' ? 120 : 30,
    bufferMinutes: kind === 'meeting-room' ? 15 : 0,
    bookingWindowDays: 60,
    creditCost: 1,
    active: true,
  });
}

const from = localDateOf(Date.now() + 7 * 86_400_000, TZ);
const days = [from];
while (days.length < 7) days.push(nextLocalDate(days[days.length - 1] ?? from));
const to = days[days.length - 1] ?? from;

// ---- seed: B bookings accepted by canBook, spread over resources and days ----
const resources = Array.from({ length: R }, (_, index) => ({
  id: `${run}-r${String(index)}`,
  fields: resource(index),
}));
const held = new Map<string, (BookingInterval & { id: string; day: string })[]>();
let accepted = 0;
let attempts = 0;
while (accepted < B && attempts < B * 50) {
  attempts += 1;
  const target = resources[Math.floor(random() * R)];
  const day = days[Math.floor(random() * 7)];
  if (!target || !day) continue;
  const slots = slotsForDay(target.fields, day, TZ);
  const first = Math.floor(random() * slots.length);
  const length = 1 + Math.floor(random() * 3);
  const start = slots[first]?.start;
  const end = slots[first + length - 1]?.end;
  if (!start || !end) continue;
  const seats = target.fields.capacity > 1 ? 1 + Math.floor(random() * 3) : 1;
  const existing = held.get(target.id) ?? [];
  const verdict = canBook({
    resource: target.fields,
    timeZone: TZ,
    now: Date.now(),
    bookings: existing,
    blocks: [],
    start,
    end,
    seats,
  });
  if (!verdict.ok) continue;
  existing.push({
    id: `${run}-b${String(accepted)}`,
    day,
    start: Date.parse(start),
    end: Date.parse(end),
    seats,
  });
  held.set(target.id, existing);
  accepted += 1;
}
if (accepted < B) throw new Error(`only ${String(accepted)} bookings fit in the week`);

const writer = db.bulkWriter();
for (const { id, fields } of resources) void writer.set(db.doc(`resources/${id}`), { ...fields, photos: [] });
for (const [resourceId, bookings] of held) {
  for (const day of days) {
    const holds = Object.fromEntries(
      bookings
        .filter((booking) => booking.day === day)
        .map((booking) => [booking.id, { start: booking.start, end: booking.end, seats: booking.seats }]),
    );
    void writer.set(db.doc(`spaceDays/${spaceDayId(resourceId, day)}`), {
      resourceId,
      localDate: day,
      holds,
      blocks: {},
    });
  }
}
await writer.close();
console.log(
  `bench:availability: ${String(R)} resources, ${String(accepted)} bookings over ${from}..${to} (${TZ}), ${String(RUNS)} runs`,
);

// ---- measure: what a week view of every resource reads and computes ----
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const readMs: number[] = [];
const computeMs: number[] = [];
const totalMs: number[] = [];
let docsRead = 0;
let slotsComputed = 0;
for (let index = 0; index < RUNS; index += 1) {
  const started = performance.now();
  const snapshots = await Promise.all(
    resources.map(({ id }) =>
      db
        .collection('spaceDays')
        .where('resourceId', '==', id)
        .where('localDate', '>=', shiftLocalDate(from, -1))
        .where('localDate', '<=', shiftLocalDate(to, 1))
        .get(),
    ),
  );
  const read = performance.now();
  docsRead = snapshots.reduce((sum, snapshot) => sum + snapshot.size, 0);
  slotsComputed = 0;
  resources.forEach(({ fields }, position) => {
    const bookings = (snapshots[position]?.docs ?? []).flatMap((doc) =>
      Object.values(spaceDayDocSchema.parse(doc.data()).holds),
    );
    slotsComputed += availability({
      resource: fields,
      timeZone: TZ,
      now: Date.now(),
      bookings,
      blocks: [],
      from,
      to,
    }).length;
  });
  const done = performance.now();
  readMs.push(read - started);
  computeMs.push(done - read);
  totalMs.push(done - started);
}
for (const list of [readMs, computeMs, totalMs]) list.sort((a, b) => a - b);
const format = (list: number[]) =>
  `p50 ${percentile(list, 50).toFixed(1)} ms, p95 ${percentile(list, 95).toFixed(1)} ms`;
console.log(
  `documents read per run: ${String(docsRead)} (${String(R)} queries, ${(docsRead / R).toFixed(1)} per resource query) for ${String(accepted)} bookings`,
);
console.log(`slots computed per run: ${String(slotsComputed)}`);
console.log(`read (30 queries in parallel): ${format(readMs)}`);
console.log(`availability (pure, 7 days × ${String(R)} resources): ${format(computeMs)}`);
console.log(`total: ${format(totalMs)}`);

// Tidy up, so repeated runs do not pile up documents in a persisted emulator.
const cleaner = db.bulkWriter();
for (const { id } of resources) {
  void cleaner.delete(db.doc(`resources/${id}`));
  for (const day of days) void cleaner.delete(db.doc(`spaceDays/${spaceDayId(id, day)}`));
}
await cleaner.close();
