import { describe, expect, it } from 'vitest';
import { MONDAY, NOW_MS, PARIS, room } from './fixtures.ts';
import {
  durationOptions,
  initialBookingValues,
  memberPayments,
  parseBookingForm,
  type BookingFormValues,
} from './bookingForm.ts';
import { daySlots, type DaySlot } from './slotStates.ts';

const slots = daySlots(room, MONDAY, undefined, PARIS, NOW_MS);
const NINE = '2026-03-02T08:00:00.000Z';

describe('durationOptions', () => {
  it('offers contiguous slots up to the end of the opening range', () => {
    expect(
      durationOptions(slots, NINE).map((option) => [option.slots, option.end, option.seatsLeft]),
    ).toEqual([
      [1, '2026-03-02T09:00:00.000Z', 4],
      [2, '2026-03-02T10:00:00.000Z', 4],
      [3, '2026-03-02T11:00:00.000Z', 4],
    ]);
  });

  it('stops before a blocked or full slot and keeps the fewest seats left', () => {
    const changed: DaySlot[] = slots.map((slot, index) =>
      index === 1
        ? { ...slot, state: 'booked', seatsLeft: 1 }
        : index === 2
          ? { ...slot, state: 'blocked' }
          : slot,
    );
    expect(durationOptions(changed, NINE).map((option) => [option.slots, option.seatsLeft])).toEqual([
      [1, 4],
      [2, 1],
    ]);
    expect(durationOptions(slots, 'not a slot')).toEqual([]);
  });
});

describe('memberPayments', () => {
  it('offers credits and plan as the resource takes them, never the card', () => {
    expect(memberPayments({ creditCost: 2, includedInPlan: true })).toEqual(['credits', 'plan']);
    expect(memberPayments({ creditCost: undefined, includedInPlan: false })).toEqual([]);
    expect(initialBookingValues([]).bookingFor).toBe('internal');
    expect(initialBookingValues(['plan'])).toMatchObject({ bookingFor: 'member', payWith: 'plan' });
  });
});

describe('parseBookingForm', () => {
  const options = durationOptions(slots, NINE);
  const context = { resourceId: 'room', start: NINE, options, payments: ['credits' as const] };
  const values: BookingFormValues = {
    ...initialBookingValues(['credits']),
    uid: 'member-1',
    slots: 2,
    seats: '2',
  };

  it('books a member for the slots chosen, in credits', () => {
    expect(parseBookingForm({ ...values, note: '  ' }, context)).toEqual({
      ok: true,
      value: {
        resourceId: 'room',
        start: NINE,
        end: '2026-03-02T10:00:00.000Z',
        seats: 2,
        payWith: 'credits',
        uid: 'member-1',
        note: undefined,
      },
    });
  });

  it('books internal use through the plan, with its note and no member', () => {
    const parsed = parseBookingForm(
      { ...values, bookingFor: 'internal', uid: 'member-1', note: 'Comité' },
      context,
    );
    expect(parsed.ok && parsed.value).toEqual({
      resourceId: 'room',
      start: NINE,
      end: '2026-03-02T10:00:00.000Z',
      seats: 2,
      payWith: 'plan',
      internal: true,
      note: 'Comité',
    });
  });

  it('asks for a member, a way to pay, a length and seats that are left', () => {
    const parsed = parseBookingForm({ ...values, uid: null, payWith: '', slots: 9, seats: '0' }, context);
    expect(parsed).toEqual({
      ok: false,
      errors: {
        uid: 'memberRequired',
        payWith: 'payWithRequired',
        slots: 'durationRequired',
        seats: 'seatsInvalid',
      },
    });
    const tooMany = parseBookingForm({ ...values, seats: '5' }, context);
    expect(tooMany).toEqual({ ok: false, errors: { seats: 'seatsAboveLeft' } });
  });
});
