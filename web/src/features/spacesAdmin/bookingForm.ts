// "Nouvelle réservation" from a slot of the staff calendar (SPACE-3): for a member (who pays in
// credits or through their plan, as the resource allows) or for the organisation's own use. The
// booking covers whole contiguous slots of one opening range, as `bookSpace` requires.
import {
  bookSpaceInputSchema,
  type BookSpaceRequest,
  type PayWith,
  type ResourceFields,
} from '@agora/domain';
import { parseWholeNumber, zodIssuesToFields, type FieldErrors, type Parsed } from './fieldErrors.ts';
import type { DaySlot } from './slotStates.ts';

export interface DurationOption {
  /** How many slots the booking covers. */
  slots: number;
  end: string;
  endMs: number;
  /** Seats free over every slot covered. */
  seatsLeft: number;
}

/**
 * The lengths a booking starting at `start` may have: one slot, then each following slot while the
 * slots touch (same opening range), are neither closed nor blocked, and keep a seat free.
 */
export function durationOptions(slots: readonly DaySlot[], start: string): DurationOption[] {
  const first = slots.findIndex((slot) => slot.start === start);
  if (first === -1) return [];
  const options: DurationOption[] = [];
  let seatsLeft = Number.POSITIVE_INFINITY;
  let previousEnd: number | null = null;
  for (let index = first; index < slots.length; index += 1) {
    const slot = slots[index];
    if (slot === undefined || slot.state === 'closed' || slot.state === 'blocked' || slot.seatsLeft === 0)
      break;
    if (previousEnd !== null && slot.startMs !== previousEnd) break;
    seatsLeft = Math.min(seatsLeft, slot.seatsLeft);
    options.push({ slots: options.length + 1, end: slot.end, endMs: slot.endMs, seatsLeft });
    previousEnd = slot.endMs;
  }
  return options;
}

/**
 * How staff may charge a member: in credits, or through the member's plan, when the resource
 * takes it. Card payment is left to members themselves: staff cannot pay in their place.
 */
export function memberPayments(resource: Pick<ResourceFields, 'creditCost' | 'includedInPlan'>): PayWith[] {
  const options: PayWith[] = [];
  if (resource.creditCost !== undefined) options.push('credits');
  if (resource.includedInPlan) options.push('plan');
  return options;
}

export type BookingFor = 'member' | 'internal';

export interface BookingFormValues {
  bookingFor: BookingFor;
  uid: string | null;
  /** How many slots (a DurationOption's `slots`). */
  slots: number;
  seats: string;
  payWith: PayWith | '';
  note: string;
}

export const BOOKING_FIELDS = ['uid', 'slots', 'seats', 'payWith', 'note'] as const;
export type BookingField = (typeof BOOKING_FIELDS)[number];

export function initialBookingValues(payments: readonly PayWith[]): BookingFormValues {
  return {
    bookingFor: payments.length > 0 ? 'member' : 'internal',
    uid: null,
    slots: 1,
    seats: '1',
    payWith: payments[0] ?? '',
    note: '',
  };
}

export function bookingFieldOf(path: string): BookingField | null {
  if (path === 'end' || path === 'start') return 'slots';
  return BOOKING_FIELDS.find((field) => field === path) ?? null;
}

/** Checks the form, then the request with bookSpaceInputSchema (the callable checks the same). */
export function parseBookingForm(
  values: BookingFormValues,
  context: {
    resourceId: string;
    start: string;
    options: readonly DurationOption[];
    payments: readonly PayWith[];
  },
): Parsed<BookSpaceRequest, BookingField> {
  const errors: FieldErrors<BookingField> = {};
  const internal = values.bookingFor === 'internal';
  const option = context.options.find((candidate) => candidate.slots === values.slots);
  if (!option) errors.slots = 'durationRequired';
  if (!internal && values.uid === null) errors.uid = 'memberRequired';
  const payWith: PayWith | undefined = internal
    ? 'plan'
    : context.payments.find((payment) => payment === values.payWith);
  if (payWith === undefined) errors.payWith = 'payWithRequired';
  const seats = parseWholeNumber(values.seats);
  if (option && Number.isInteger(seats) && seats > option.seatsLeft) errors.seats = 'seatsAboveLeft';

  const result = bookSpaceInputSchema.safeParse({
    resourceId: context.resourceId,
    start: context.start,
    end: option?.end ?? context.start,
    seats,
    payWith: payWith ?? 'plan',
    ...(internal ? { internal: true } : { uid: values.uid ?? undefined }),
    note: values.note,
  });
  if (!result.success) {
    return { ok: false, errors: { ...zodIssuesToFields(result.error, bookingFieldOf), ...errors } };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: result.data };
}
