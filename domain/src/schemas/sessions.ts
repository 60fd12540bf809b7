// Training sessions (CAPS-1..7): `sessions/{id}` written by staff under the rules (never
// `seatsBooked`, `waitlistCount` or `status`, which the booking callables own), the LMS link apart
// in `sessions/{id}/private/access`, bookings in `bookings/{id}` written by functions only.
import { z } from 'zod';
import { optionalText, requiredText, timestampSchema, uidSchema } from './common.ts';
import { messageLinkSchema } from './mail-templates.ts';

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_MODES = ['onsite', 'online'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const MAX_SESSION_CAPACITY = 500;
export const MAX_SESSION_CREDIT_COST = 100;
/** Longest session: a full training day and evening. */
export const MAX_SESSION_HOURS = 14;

const dateSchema = z.union([z.date(), timestampSchema.transform((value) => value.toDate())]);

/** What staff edit (the form and the rules check the same bounds). Dates are instants (UTC). */
export const sessionFieldsSchema = z
  .object({
    title: requiredText(150),
    description: optionalText(4000),
    topic: requiredText(80),
    trainer: requiredText(120),
    startsAt: dateSchema,
    endsAt: dateSchema,
    mode: z.enum(SESSION_MODES, { message: 'invalid' }),
    /** Address or room for on-site sessions. */
    place: optionalText(300),
    capacity: z
      .number({ message: 'capacityInvalid' })
      .int({ message: 'capacityInvalid' })
      .min(1, { message: 'capacityInvalid' })
      .max(MAX_SESSION_CAPACITY, { message: 'capacityInvalid' }),
    creditCost: z
      .number({ message: 'creditCostInvalid' })
      .int({ message: 'creditCostInvalid' })
      .min(1, { message: 'creditCostInvalid' })
      .max(MAX_SESSION_CREDIT_COST, { message: 'creditCostInvalid' }),
    published: z.boolean(),
  })
  .superRefine((session, context) => {
    const length = session.endsAt.getTime() - session.startsAt.getTime();
    if (!(length > 0) || length > MAX_SESSION_HOURS * 3_600_000) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'sessionEndInvalid' });
    }
    if (session.mode === 'onsite' && session.place === undefined) {
      context.addIssue({ code: 'custom', path: ['place'], message: 'required' });
    }
  });
export type SessionFields = z.output<typeof sessionFieldsSchema>;
export type SessionFieldsInput = z.input<typeof sessionFieldsSchema>;

/** `sessions/{id}` as stored. */
export const sessionDocSchema = sessionFieldsSchema.and(
  z.object({
    status: z.enum(SESSION_STATUSES),
    seatsBooked: z.number().int().nonnegative(),
    waitlistCount: z.number().int().nonnegative().default(0),
    cancelledAt: timestampSchema.optional(),
    cancelReason: z.string().optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
);
export type SessionDoc = z.output<typeof sessionDocSchema>;

/** `sessions/{id}/private/access`: read by staff and members holding a confirmed booking. */
export const sessionAccessDocSchema = z.object({ lmsUrl: messageLinkSchema });

export const BOOKING_STATUSES = ['confirmed', 'cancelled', 'pending_payment'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** `bookings/{id}`; a session booking's id is `session_<sessionId>_<uid>` (one per member and session). */
export const bookingDocSchema = z.object({
  uid: uidSchema,
  kind: z.enum(['session', 'space', 'event']),
  sessionId: z.string().optional(),
  resourceId: z.string().optional(),
  /** Title shown in lists without reading the session. */
  title: z.string(),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  status: z.enum(BOOKING_STATUSES),
  payment: z.object({
    /** `internal`: the organisation's own use of a space, nothing charged. */
    method: z.enum(['credits', 'card', 'plan', 'internal']),
    credits: z.number().int().nonnegative().optional(),
    amountCents: z.number().int().nonnegative().optional(),
  }),
  /** 1 for the first booking, +1 each time the member books again after cancelling. */
  attempt: z.number().int().positive(),
  /** Staff member who booked on the member's behalf, or the waitlist promotion (`system`). */
  bookedBy: z.string(),
  refundedCredits: z.number().int().nonnegative().optional(),
  cancelledBy: z.string().optional(),
  cancelledAt: timestampSchema.optional(),
  /** Spaces: seats held, the local day, an unpaid card hold's end, the staff note, moves. */
  seats: z.number().int().positive().optional(),
  localDate: z.string().optional(),
  holdExpiresAt: timestampSchema.optional(),
  orderId: z.string().optional(),
  internal: z.boolean().optional(),
  note: z.string().optional(),
  /** Times the booking was moved (its .ics SEQUENCE, its reminders' key). */
  moves: z.number().int().nonnegative().optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type BookingDoc = z.output<typeof bookingDocSchema>;

/** `sessions/{id}/waitlist/{uid}`: members waiting for a seat, first come first served. */
export const waitlistEntryDocSchema = z.object({
  uid: uidSchema,
  joinedAt: timestampSchema,
});

const sessionIdSchema = z
  .string({ message: 'invalid' })
  .regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'invalid' });

/** Input of `bookSession` (contract) plus `uid` for staff booking on a member's behalf. */
export const bookSessionInputSchema = z.strictObject({
  sessionId: sessionIdSchema,
  uid: uidSchema.optional(),
});
export type BookSessionInput = z.infer<typeof bookSessionInputSchema>;
export interface BookSessionResult {
  bookingId: string;
  balance: number;
}

/** Input of `cancelBooking` (contract). */
export const cancelBookingInputSchema = z.strictObject({
  bookingId: z.string({ message: 'invalid' }).regex(/^[A-Za-z0-9_-]{1,300}$/, { message: 'invalid' }),
});
export type CancelBookingInput = z.infer<typeof cancelBookingInputSchema>;
export interface CancelBookingResult {
  status: BookingStatus;
  refundedCredits: number;
}

/** Input of `cancelSession` (staff): the whole session, everyone refunded and told why. */
export const cancelSessionInputSchema = z.strictObject({
  sessionId: sessionIdSchema,
  reason: z
    .string({ message: 'reasonRequired' })
    .trim()
    .min(1, { message: 'reasonRequired' })
    .max(500, { message: 'tooLong' }),
});
export type CancelSessionInput = z.infer<typeof cancelSessionInputSchema>;

/** Input of `joinWaitlist` / `leaveWaitlist`. */
export const waitlistInputSchema = z.strictObject({ sessionId: sessionIdSchema });
export type WaitlistInput = z.infer<typeof waitlistInputSchema>;

export const sessionBookingId = (sessionId: string, uid: string) => `session_${sessionId}_${uid}`;
/** Ledger entries of one booking attempt: the debit and its refund. */
export const bookingDebitEntryId = (bookingId: string, attempt: number) => `booking_${bookingId}_${attempt}`;
export const bookingRefundEntryId = (bookingId: string, attempt: number) => `refund_${bookingId}_${attempt}`;
