// SPACE-2, SPACE-4: availability grid, DST in Europe/Paris, buffers, notice, window, blocks, capacity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvailabilityResource, BookingInterval } from './availability.ts';
import { availability, canBook, slotsForDay, wallClockAt, wallTimeToInstant } from './availability.ts';

const PARIS = 'Europe/Paris';
const nineToSix = [{ open: '09:00', close: '18:00' }];
const everyDay = (ranges: { open: string; close: string }[]) => ({
  '0': ranges,
  '1': ranges,
  '2': ranges,
  '3': ranges,
  '4': ranges,
  '5': ranges,
  '6': ranges,
});

function room(overrides: Partial<AvailabilityResource> = {}): AvailabilityResource {
  return {
    capacity: 1,
    openingHours: everyDay(nineToSix),
    closedDates: [],
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    bookingWindowDays: 365,
    active: true,
    ...overrides,
  };
}

// Thursday 1 October 2026, 08:00 in Paris (CEST, UTC+2).
const NOW = '2026-10-01T06:00:00Z';
const base = { timeZone: PARIS, now: NOW, bookings: [] as BookingInterval[], blocks: [] };

describe('slotsForDay', () => {
  it('builds hourly slots from local opening hours in summer and winter time', () => {
    const summer = slotsForDay(room(), '2026-07-15', PARIS);
    expect(summer).toHaveLength(9);
    expect(summer[0]).toEqual({
      start: '2026-07-15T07:00:00.000Z',
      end: '2026-07-15T08:00:00.000Z',
      localDate: '2026-07-15',
      localTime: '09:00',
    });
    expect(slotsForDay(room(), '2026-01-15', PARIS)[0]?.start).toBe('2026-01-15T08:00:00.000Z');
  });

  it('splits the day at a lunch break and has no slot on a day without hours', () => {
    const resource = room({
      openingHours: {
        ...everyDay([
          { open: '09:00', close: '12:00' },
          { open: '14:00', close: '18:00' },
        ]),
        '0': [],
      },
    });
    expect(slotsForDay(resource, '2026-07-15', PARIS).map((slot) => slot.localTime)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
    expect(slotsForDay(resource, '2026-07-19', PARIS)).toEqual([]); // a Sunday
  });

  describe('DST in Europe/Paris', () => {
    it('a 09:00–18:00 day has 9 hourly slots on both change days, at the right UTC instants', () => {
      const march = slotsForDay(room(), '2026-03-29', PARIS);
      const october = slotsForDay(room(), '2026-10-25', PARIS);
      expect(march).toHaveLength(9);
      expect(october).toHaveLength(9);
      // After spring forward Paris is UTC+2; after fall back UTC+1.
      expect(march[0]?.start).toBe('2026-03-29T07:00:00.000Z');
      expect(march[8]?.end).toBe('2026-03-29T16:00:00.000Z');
      expect(october[0]?.start).toBe('2026-10-25T08:00:00.000Z');
      expect(october[8]?.end).toBe('2026-10-25T17:00:00.000Z');
      expect(march.map((slot) => slot.localTime)).toEqual(october.map((slot) => slot.localTime));
    });

    const allDay = room({ openingHours: everyDay([{ open: '00:00', close: '24:00' }]) });

    it('spring forward: 02:00 does not exist, so a 24-hour day has 23 slots and no 02:00', () => {
      const slots = slotsForDay(allDay, '2026-03-29', PARIS);
      expect(slots).toHaveLength(23);
      expect(slots.map((slot) => slot.localTime)).not.toContain('02:00');
      expect(slots.slice(0, 4).map((slot) => [slot.localTime, slot.start])).toEqual([
        ['00:00', '2026-03-28T23:00:00.000Z'],
        ['01:00', '2026-03-29T00:00:00.000Z'],
        ['03:00', '2026-03-29T01:00:00.000Z'],
        ['04:00', '2026-03-29T02:00:00.000Z'],
      ]);
    });

    it('fall back: 02:00 happens twice, so a 24-hour day has 25 slots, 02:00 at two instants', () => {
      const slots = slotsForDay(allDay, '2026-10-25', PARIS);
      expect(slots).toHaveLength(25);
      const twoOClock = slots.filter((slot) => slot.localTime === '02:00').map((slot) => slot.start);
      expect(twoOClock).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z']);
      expect(new Set(slots.map((slot) => slot.start)).size).toBe(25);
    });

    it('a range opening inside the gap opens when the clock jumps', () => {
      const resource = room({ openingHours: everyDay([{ open: '02:30', close: '05:00' }]), slotMinutes: 30 });
      const slots = slotsForDay(resource, '2026-03-29', PARIS);
      expect(slots[0]).toMatchObject({ start: '2026-03-29T01:00:00.000Z', localTime: '03:00' });
      expect(slots).toHaveLength(4);
    });

    it('a range covering the repeated hour stays open through both passes', () => {
      const resource = room({ openingHours: everyDay([{ open: '01:00', close: '03:00' }]) });
      expect(slotsForDay(resource, '2026-10-25', PARIS).map((slot) => slot.localTime)).toEqual([
        '01:00',
        '02:00',
        '02:00',
      ]);
    });

    it('resolves wall times in the fold and the gap as documented', () => {
      expect(new Date(wallTimeToInstant('2026-10-25', 150, PARIS, 'earliest')).toISOString()).toBe(
        '2026-10-25T00:30:00.000Z',
      );
      expect(new Date(wallTimeToInstant('2026-10-25', 150, PARIS, 'latest')).toISOString()).toBe(
        '2026-10-25T01:30:00.000Z',
      );
      expect(new Date(wallTimeToInstant('2026-03-29', 150, PARIS, 'earliest')).toISOString()).toBe(
        '2026-03-29T01:00:00.000Z',
      );
    });
  });
});

describe('availability', () => {
  const day = { from: '2026-10-02', to: '2026-10-02' }; // a Friday

  it('marks closed dates and inactive resources closed', () => {
    const closed = availability({ ...base, ...day, resource: room({ closedDates: ['2026-10-02'] }) });
    expect(closed).toHaveLength(9);
    expect(closed.every((slot) => slot.reason === 'closed' && !slot.available)).toBe(true);
    const inactive = availability({ ...base, ...day, resource: room({ active: false }) });
    expect(inactive.every((slot) => slot.reason === 'closed')).toBe(true);
  });

  it('applies the minimum notice from now, past slots included', () => {
    const slots = availability({
      ...base,
      from: '2026-10-01',
      to: '2026-10-01',
      now: '2026-10-01T08:30:00Z', // 10:30 local
      resource: room({ minNoticeMinutes: 90 }),
    });
    // Bookable from 12:00 local (10:30 + 90 min).
    expect(slots.map((slot) => slot.reason ?? 'ok')).toEqual([
      'notice',
      'notice',
      'notice',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('refuses slots beyond the booking window', () => {
    const slots = availability({
      ...base,
      from: '2026-10-02',
      to: '2026-10-03',
      resource: room({ bookingWindowDays: 2 }),
    });
    // Window ends at 2026-10-03T06:00Z (Saturday 08:00 local): Friday is inside, Saturday outside.
    expect(slots.filter((slot) => slot.localDate === '2026-10-02').every((slot) => slot.available)).toBe(
      true,
    );
    expect(
      slots.filter((slot) => slot.localDate === '2026-10-03').every((slot) => slot.reason === 'window'),
    ).toBe(true);
  });

  it('blocks every slot a block overlaps, even by a minute, with no buffer', () => {
    const slots = availability({
      ...base,
      ...day,
      resource: room({ bufferMinutes: 30 }),
      blocks: [{ start: '2026-10-02T08:59:00Z', end: '2026-10-02T10:00:00Z' }], // 10:59–12:00 local
    });
    expect(slots.map((slot) => slot.reason ?? 'ok')).toEqual([
      'ok',
      'blocked',
      'blocked',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('capacity 1: a booking fills its slots, and the buffer fills the neighbours', () => {
    const booking = { start: '2026-10-02T10:00:00Z', end: '2026-10-02T11:00:00Z', seats: 1 }; // 12–13 local
    const noBuffer = availability({ ...base, ...day, resource: room(), bookings: [booking] });
    expect(noBuffer.map((slot) => slot.seatsLeft)).toEqual([1, 1, 1, 0, 1, 1, 1, 1, 1]);
    expect(noBuffer[3]?.reason).toBe('full');
    const withBuffer = availability({
      ...base,
      ...day,
      resource: room({ bufferMinutes: 15 }),
      bookings: [booking],
    });
    expect(withBuffer.map((slot) => slot.seatsLeft)).toEqual([1, 1, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('capacity 6: seats add up, the buffer holds only the booked seats, never below zero', () => {
    const resource = room({ capacity: 6, bufferMinutes: 30 });
    const bookings = [
      { start: '2026-10-02T07:00:00Z', end: '2026-10-02T09:00:00Z', seats: 2 }, // 09–11 local
      { start: '2026-10-02T08:00:00Z', end: '2026-10-02T09:00:00Z', seats: 4 }, // 10–11 local
      { start: '2026-10-02T08:00:00Z', end: '2026-10-02T09:00:00Z', seats: 3 }, // overbooked data
    ];
    const slots = availability({ ...base, ...day, resource, bookings });
    expect(slots.map((slot) => slot.seatsLeft)).toEqual([0, 0, 0, 6, 6, 6, 6, 6, 6]);
    const one = availability({ ...base, ...day, resource, bookings: bookings.slice(0, 1) });
    expect(one.map((slot) => slot.seatsLeft)).toEqual([4, 4, 4, 6, 6, 6, 6, 6, 6]);
    expect(one.every((slot) => slot.available)).toBe(true);
  });

  it('counts the peak occupancy, not the sum of every booking touching the slot', () => {
    const resource = room({
      capacity: 2,
      slotMinutes: 120,
      openingHours: everyDay([{ open: '09:00', close: '17:00' }]),
    });
    // 09:00–10:00 and 10:00–11:00 local, one seat each: never two people at once in the 09–11 slot.
    const bookings = [
      { start: '2026-10-02T07:00:00Z', end: '2026-10-02T08:00:00Z', seats: 1 },
      { start: '2026-10-02T08:00:00Z', end: '2026-10-02T09:00:00Z', seats: 1 },
    ];
    const slots = availability({ ...base, ...day, resource, bookings });
    expect(slots.map((slot) => slot.seatsLeft)).toEqual([1, 2, 2, 2]);
  });

  it('buffers: a gap as long as the buffer is enough, a shorter one is not', () => {
    const resource = room({ bufferMinutes: 60 });
    const booking = { start: '2026-10-02T08:00:00Z', end: '2026-10-02T09:00:00Z', seats: 1 }; // 10–11 local
    const slots = availability({ ...base, ...day, resource, bookings: [booking] });
    // 09:00 would run its turnover into 10:00; 11:00 falls in the booking's turnover; 12:00 is free.
    expect(slots.map((slot) => slot.seatsLeft)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1]);
    const half = availability({
      ...base,
      ...day,
      resource: room({ bufferMinutes: 30 }),
      bookings: [booking],
    });
    expect(half.map((slot) => slot.seatsLeft)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('an unpaid card hold counts until it lapses, then frees its seats', () => {
    const held = {
      start: '2026-10-02T08:00:00Z',
      end: '2026-10-02T09:00:00Z',
      seats: 1,
      heldUntil: '2026-10-01T06:30:00Z',
    };
    const before = availability({ ...base, ...day, resource: room(), bookings: [held] });
    expect(before[1]?.reason).toBe('full');
    const after = availability({
      ...base,
      ...day,
      now: '2026-10-01T06:30:00Z',
      resource: room(),
      bookings: [held],
    });
    expect(after[1]?.available).toBe(true);
  });

  it('refuses a span longer than the maximum', () => {
    expect(() => availability({ ...base, from: '2026-01-01', to: '2026-12-31', resource: room() })).toThrow(
      RangeError,
    );
  });
});

describe('canBook', () => {
  const context = { ...base, resource: room({ capacity: 6 }) };

  it('accepts an aligned span of free slots within one range', () => {
    const result = canBook({
      ...context,
      start: '2026-10-02T08:00:00Z',
      end: '2026-10-02T10:00:00Z',
      seats: 6,
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.slots).toHaveLength(2);
  });

  it('refuses misaligned spans, spans across a break and spans past closing', () => {
    const split = {
      ...context,
      resource: room({
        openingHours: everyDay([
          { open: '09:00', close: '12:00' },
          { open: '13:00', close: '18:00' },
        ]),
      }),
    };
    const cases = [
      { ...context, start: '2026-10-02T08:30:00Z', end: '2026-10-02T10:00:00Z' },
      { ...context, start: '2026-10-02T08:00:00Z', end: '2026-10-02T09:30:00Z' },
      { ...context, start: '2026-10-02T15:00:00Z', end: '2026-10-02T17:00:00Z' },
      { ...split, start: '2026-10-02T09:00:00Z', end: '2026-10-02T12:00:00Z' },
      { ...context, start: '2026-10-02T10:00:00Z', end: '2026-10-02T10:00:00Z' },
    ];
    for (const input of cases)
      expect(canBook({ ...input, seats: 1 })).toEqual({ ok: false, reason: 'misaligned' });
  });

  it('refuses when one covered slot lacks seats, is blocked, or seats are out of range', () => {
    const bookings = [{ start: '2026-10-02T09:00:00Z', end: '2026-10-02T10:00:00Z', seats: 5 }];
    const span = { start: '2026-10-02T08:00:00Z', end: '2026-10-02T10:00:00Z' };
    expect(canBook({ ...context, ...span, bookings, seats: 2 })).toEqual({ ok: false, reason: 'full' });
    expect(canBook({ ...context, ...span, bookings, seats: 1 }).ok).toBe(true);
    const blocks = [{ start: '2026-10-02T09:30:00Z', end: '2026-10-02T09:45:00Z' }];
    expect(canBook({ ...context, ...span, blocks, seats: 1 })).toEqual({ ok: false, reason: 'blocked' });
    expect(canBook({ ...context, ...span, seats: 7 })).toEqual({ ok: false, reason: 'seats' });
    expect(canBook({ ...context, ...span, seats: 0 })).toEqual({ ok: false, reason: 'seats' });
  });

  it('books across the repeated hour on the fall-back day', () => {
    const allDay = room({ openingHours: everyDay([{ open: '00:00', close: '24:00' }]) });
    // 01:00 CEST to 03:00 CET: three real hours.
    const result = canBook({
      ...base,
      now: '2026-10-20T00:00:00Z',
      resource: allDay,
      start: '2026-10-24T23:00:00Z',
      end: '2026-10-25T02:00:00Z',
      seats: 1,
    });
    expect(result.ok && result.slots.map((slot) => slot.localTime)).toEqual(['01:00', '02:00', '02:00']);
  });
});

describe('properties', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
  // Days around the 2026 changes in the zones above, plus ordinary days.
  const dates = [
    '2026-03-08',
    '2026-03-29',
    '2026-04-05',
    '2026-07-15',
    '2026-10-04',
    '2026-10-25',
    '2026-11-01',
  ];
  const quarter = fc.integer({ min: 0, max: 96 });
  const slotMinutes = fc.constantFrom(15, 30, 60, 120);
  const rangesArb = fc
    .uniqueArray(quarter, { minLength: 2, maxLength: 6 })
    .map((bounds) => [...bounds].sort((a, b) => a - b))
    .map((bounds) => {
      const ranges: { open: string; close: string }[] = [];
      for (let index = 0; index + 1 < bounds.length; index += 2) {
        const toTime = (quarters: number) =>
          `${String(Math.floor(quarters / 4)).padStart(2, '0')}:${String((quarters % 4) * 15).padStart(2, '0')}`;
        ranges.push({ open: toTime(bounds[index] ?? 0), close: toTime(bounds[index + 1] ?? 0) });
      }
      return ranges;
    });
  const resourceArb = fc.record({
    capacity: fc.constantFrom(1, 2, 6),
    ranges: rangesArb,
    slotMinutes,
    bufferMinutes: fc.constantFrom(0, 15, 30),
  });
  const dayStartMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const bookingArb = (date: string) =>
    fc
      .record({
        offsetQuarters: fc.integer({ min: -56, max: 152 }),
        lengthQuarters: fc.integer({ min: 1, max: 16 }),
        seats: fc.integer({ min: 1, max: 3 }),
      })
      .map(({ offsetQuarters, lengthQuarters, seats }) => ({
        start: dayStartMs(date) + offsetQuarters * 900_000,
        end: dayStartMs(date) + (offsetQuarters + lengthQuarters) * 900_000,
        seats,
      }));
  const scenarioArb = fc
    .record({ zone: fc.constantFrom(...zones), date: fc.constantFrom(...dates), resource: resourceArb })
    .chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        bookings: fc.array(bookingArb(scenario.date), { maxLength: 8 }),
        extra: bookingArb(scenario.date),
      }),
    );
  const toResource = (generated: {
    capacity: number;
    ranges: { open: string; close: string }[];
    slotMinutes: number;
    bufferMinutes: number;
  }) =>
    room({
      capacity: generated.capacity,
      openingHours: everyDay(generated.ranges),
      slotMinutes: generated.slotMinutes,
      bufferMinutes: generated.bufferMinutes,
    });
  const compute = (zone: string, date: string, resource: AvailabilityResource, bookings: BookingInterval[]) =>
    availability({
      resource,
      timeZone: zone,
      now: '2026-01-01T00:00:00Z',
      from: date,
      to: date,
      bookings,
      blocks: [],
    });

  it('no slot overlaps another, and each lasts exactly slotMinutes', () => {
    fc.assert(
      fc.property(scenarioArb, ({ scenario }) => {
        const resource = toResource(scenario.resource);
        const slots = slotsForDay(resource, scenario.date, scenario.zone);
        for (let index = 0; index < slots.length; index += 1) {
          const slot = slots[index];
          if (slot === undefined) continue;
          expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(resource.slotMinutes * 60_000);
          const next = slots[index + 1];
          if (next !== undefined) expect(Date.parse(next.start)).toBeGreaterThanOrEqual(Date.parse(slot.end));
        }
      }),
    );
  });

  it('every available slot lies within opening hours of its local day (checked every quarter hour)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ scenario, bookings }) => {
        const resource = toResource(scenario.resource);
        for (const slot of compute(scenario.zone, scenario.date, resource, bookings)) {
          if (!slot.available) continue;
          // Independent check: every quarter-hour of the slot, read on the zone's wall clock, is on
          // that day and inside a range, or inside the repeated hour of a fold that a range covers.
          for (let ms = Date.parse(slot.start); ms < Date.parse(slot.end); ms += 900_000) {
            const wall = wallClockAt(ms, scenario.zone);
            const minutes = wall.hour * 60 + wall.minute;
            const date = `${String(wall.year)}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
            expect(date).toBe(scenario.date);
            const inRange = scenario.resource.ranges.some((range) => {
              const open = wallTimeToInstant(
                scenario.date,
                Number(range.open.slice(0, 2)) * 60 + Number(range.open.slice(3)),
                scenario.zone,
                'earliest',
              );
              const close = wallTimeToInstant(
                scenario.date,
                Number(range.close.slice(0, 2)) * 60 + Number(range.close.slice(3)),
                scenario.zone,
                'latest',
              );
              return ms >= open && ms < close;
            });
            expect(inRange, `${slot.start} at ${String(minutes)} min`).toBe(true);
          }
        }
      }),
    );
  });

  it('seatsLeft stays within [0, capacity]', () => {
    fc.assert(
      fc.property(scenarioArb, ({ scenario, bookings }) => {
        const resource = toResource(scenario.resource);
        for (const slot of compute(scenario.zone, scenario.date, resource, bookings)) {
          expect(slot.seatsLeft).toBeGreaterThanOrEqual(0);
          expect(slot.seatsLeft).toBeLessThanOrEqual(resource.capacity);
        }
      }),
    );
  });

  it('bookings accepted one by one through canBook never hold more than capacity at any minute', () => {
    const requestArb = fc.record({
      slotIndex: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 4 }),
      seats: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(
        fc.record({
          zone: fc.constantFrom(...zones),
          date: fc.constantFrom(...dates),
          resource: resourceArb,
          requests: fc.array(requestArb, { maxLength: 25 }),
        }),
        ({ zone, date, resource: generated, requests }) => {
          const resource = toResource(generated);
          const slots = slotsForDay(resource, date, zone);
          const accepted: { start: string; end: string; seats: number }[] = [];
          for (const request of requests) {
            const first = slots[request.slotIndex];
            const last = slots[request.slotIndex + request.length - 1];
            if (first === undefined || last === undefined) continue;
            const candidate = { start: first.start, end: last.end, seats: request.seats };
            const verdict = canBook({
              resource,
              timeZone: zone,
              now: '2026-01-01T00:00:00Z',
              bookings: accepted,
              blocks: [],
              ...candidate,
            });
            if (verdict.ok) accepted.push(candidate);
          }
          // Independent check, minute by minute: seats held over [start, end + buffer).
          const bufferMs = resource.bufferMinutes * 60_000;
          const from = Math.min(...accepted.map((booking) => Date.parse(booking.start)));
          const to = Math.max(...accepted.map((booking) => Date.parse(booking.end) + bufferMs));
          for (let ms = from; ms < to; ms += 60_000) {
            const held = accepted
              .filter((booking) => Date.parse(booking.start) <= ms && ms < Date.parse(booking.end) + bufferMs)
              .reduce((sum, booking) => sum + booking.seats, 0);
            expect(held).toBeLessThanOrEqual(resource.capacity);
          }
        },
      ),
    );
  });

  it('adding a booking never increases availability', () => {
    fc.assert(
      fc.property(scenarioArb, ({ scenario, bookings, extra }) => {
        const resource = toResource(scenario.resource);
        const before = compute(scenario.zone, scenario.date, resource, bookings);
        const after = compute(scenario.zone, scenario.date, resource, [...bookings, extra]);
        expect(after.map((slot) => slot.start)).toEqual(before.map((slot) => slot.start));
        after.forEach((slot, index) => {
          const previous = before[index];
          if (previous === undefined) return;
          expect(slot.seatsLeft).toBeLessThanOrEqual(previous.seatsLeft);
          if (slot.available) expect(previous.available).toBe(true);
        });
      }),
    );
  });
});
