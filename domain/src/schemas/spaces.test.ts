// SPACE-1, SPACE-2: resource fields and the bookSpace input.
import { describe, expect, it } from 'vitest';
import { bookSpaceInputSchema, resourceFieldsSchema } from './spaces.ts';

const week = (ranges: { open: string; close: string }[]) => ({
  '1': ranges,
  '2': ranges,
  '3': ranges,
  '4': ranges,
  '5': ranges,
});

const valid = {
  name: 'Salle Lovelace',
  kind: 'meeting-room',
  capacity: 6,
  amenities: ['Écran', 'Tableau blanc'],
  openingHours: week([
    { open: '09:00', close: '12:00' },
    { open: '13:00', close: '18:00' },
  ]),
  closedDates: ['2026-12-25'],
  slotMinutes: 60,
  bufferMinutes: 15,
  minNoticeMinutes: 60,
  bookingWindowDays: 90,
  creditCost: 2,
  active: true,
};

function messages(
  input: unknown,
  schema: { safeParse: typeof resourceFieldsSchema.safeParse } = resourceFieldsSchema,
) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('resourceFieldsSchema', () => {
  it('accepts a meeting room and fills defaults (weekend closed, no plan)', () => {
    const parsed = resourceFieldsSchema.parse(valid);
    expect(parsed.openingHours['0']).toEqual([]);
    expect(parsed.openingHours['6']).toEqual([]);
    expect(parsed.includedInPlan).toBe(false);
    expect(parsed.description).toBeUndefined();
  });

  it.each([
    [{ capacity: 0 }, 'capacity:capacityInvalid'],
    [{ capacity: 501 }, 'capacity:capacityInvalid'],
    [{ kind: 'sofa' }, 'kind:invalid'],
    [{ name: '  ' }, 'name:required'],
    [
      { amenities: Array.from({ length: 31 }, (_, index) => `a${String(index)}`) },
      'amenities:amenitiesTooMany',
    ],
    [{ slotMinutes: 50 }, 'slotMinutes:slotMinutesInvalid'],
    [{ slotMinutes: 10 }, 'slotMinutes:slotMinutesInvalid'],
    [{ bufferMinutes: 241 }, 'bufferMinutes:bufferMinutesInvalid'],
    [{ minNoticeMinutes: 10_081 }, 'minNoticeMinutes:minNoticeInvalid'],
    [{ bookingWindowDays: 0 }, 'bookingWindowDays:bookingWindowInvalid'],
    [{ priceCents: 10 }, 'priceCents:priceInvalid'],
    [{ closedDates: ['2026-02-30'] }, 'closedDates.0:localDateInvalid'],
    [{ openingHours: week([{ open: '9:00', close: '18:00' }]) }, 'openingHours.1.0.open:openingHoursInvalid'],
    [
      { openingHours: week([{ open: '18:00', close: '09:00' }]) },
      'openingHours.1.0.close:openingHoursInvalid',
    ],
    [
      { openingHours: week([{ open: '09:00', close: '24:30' }]) },
      'openingHours.1.0.close:openingHoursInvalid',
    ],
    [
      {
        openingHours: week([
          { open: '09:00', close: '13:00' },
          { open: '12:00', close: '18:00' },
        ]),
      },
      'openingHours.1.1.open:openingHoursInvalid',
    ],
    [
      { openingHours: week([{ open: '09:00', close: '17:30' }]) },
      'openingHours.1.0.close:openingHoursInvalid',
    ],
    [{ creditCost: undefined }, 'priceCents:resourcePriceRequired'],
  ])('refuses %j with %s', (change, expected) => {
    expect(messages({ ...valid, ...change })).toContain(expected);
  });

  it('accepts a range closing at midnight and adjacent ranges', () => {
    const openingHours = week([
      { open: '00:00', close: '12:00' },
      { open: '12:00', close: '24:00' },
    ]);
    expect(messages({ ...valid, openingHours })).toEqual([]);
  });
});

describe('bookSpaceInputSchema', () => {
  const input = {
    resourceId: 'room-1',
    start: '2026-10-02T08:00:00Z',
    end: '2026-10-02T12:00:00+02:00',
    payWith: 'credits',
  };

  it('accepts an input and defaults seats to 1', () => {
    expect(bookSpaceInputSchema.parse(input).seats).toBe(1);
  });

  it.each([
    [{ seats: 0 }, 'seats:seatsInvalid'],
    [{ seats: 1.5 }, 'seats:seatsInvalid'],
    [{ payWith: 'cash' }, 'payWith:invalid'],
    [{ start: '2026-10-02 08:00' }, 'start:invalid'],
    [{ start: '2026-10-02T08:00:00' }, 'start:invalid'], // no offset: ambiguous
    [{ end: '2026-10-02T08:00:00Z' }, 'end:bookingEndInvalid'],
    [{ resourceId: 'a/b' }, 'resourceId:invalid'],
    [{ resourceId: '' }, 'resourceId:required'],
  ])('refuses %j with %s', (change, expected) => {
    const result = bookSpaceInputSchema.safeParse({ ...input, ...change });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`)).toContain(
        expected,
      );
    }
  });

  it('refuses unknown fields', () => {
    expect(bookSpaceInputSchema.safeParse({ ...input, price: 0 }).success).toBe(false);
  });
});
