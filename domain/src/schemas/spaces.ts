// Coworking resources (SPACE-1) and the `bookSpace` input (SPACE-2). Opening hours are wall-clock
// times in the organisation's time zone (settings.timeZone), never instants: "09:00" must stay 09:00
// on both sides of a DST change, so `spaces/availability.ts` turns them into instants day by day.
import { z } from 'zod';
import { optionalText, requiredText, timestampSchema, uidSchema } from './common.ts';

export const RESOURCE_KINDS = ['hot-desk', 'meeting-room', 'private-office', 'event-space'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const PAY_WITH = ['credits', 'card', 'plan'] as const;
export type PayWith = (typeof PAY_WITH)[number];

export const MAX_RESOURCE_CAPACITY = 500;
export const MAX_AMENITIES = 30;
export const AMENITY_MAX_LENGTH = 60;
export const RESOURCE_NAME_MAX_LENGTH = 120;
export const RESOURCE_DESCRIPTION_MAX_LENGTH = 2000;
export const MIN_SLOT_MINUTES = 15;
export const MAX_SLOT_MINUTES = 480;
export const MAX_BUFFER_MINUTES = 240;
/** One week. */
export const MAX_MIN_NOTICE_MINUTES = 10_080;
export const MAX_BOOKING_WINDOW_DAYS = 365;
export const MAX_RANGES_PER_DAY = 6;
export const MAX_CLOSED_DATES = 400;
/** Same bounds as products: Stripe refuses euro charges under 0.50 EUR (so `priceInvalid` fits). */
export const MIN_SLOT_PRICE_CENTS = 50;
export const MAX_SLOT_PRICE_CENTS = 1_000_000;
export const MAX_SLOT_CREDIT_COST = 100;

/**
 * Weekday keys of `openingHours`, JavaScript's numbering: '0' = Sunday, '1' = Monday … '6' =
 * Saturday (what `Date.prototype.getUTCDay` returns). Keys are strings in an object rather than an
 * array of arrays because Firestore refuses nested arrays.
 */
export const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const MINUTES_PER_DAY = 1440;

/** 'HH:MM' → minutes since local midnight; `null` when malformed. '24:00' is accepted (end of day). */
export function parseWallTime(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

/** 'YYYY-MM-DD' that names a real calendar day (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const localDateSchema = z
  .string({ message: 'required' })
  .refine(isLocalDate, { message: 'localDateInvalid' });

const wallTimeSchema = z
  .string({ message: 'required' })
  .refine((value) => parseWallTime(value) !== null, { message: 'openingHoursInvalid' });

/** One opening range, local wall clock, [open, close). Overnight ranges are not supported. */
export const openingRangeSchema = z
  .object({ open: wallTimeSchema, close: wallTimeSchema })
  .superRefine((range, context) => {
    const open = parseWallTime(range.open);
    const close = parseWallTime(range.close);
    if (open === null || close === null) return;
    if (open >= MINUTES_PER_DAY || close <= open) {
      context.addIssue({ code: 'custom', path: ['close'], message: 'openingHoursInvalid' });
    }
  });
export type OpeningRange = z.output<typeof openingRangeSchema>;

/** A day's ranges: sorted, non-overlapping (adjacent is fine), at most MAX_RANGES_PER_DAY. */
const dayRangesSchema = z
  .array(openingRangeSchema, { message: 'openingHoursInvalid' })
  .max(MAX_RANGES_PER_DAY, { message: 'openingHoursInvalid' })
  .default([])
  .superRefine((ranges, context) => {
    for (let index = 1; index < ranges.length; index += 1) {
      const previousClose = parseWallTime(ranges[index - 1]?.close ?? '');
      const open = parseWallTime(ranges[index]?.open ?? '');
      if (previousClose !== null && open !== null && open < previousClose) {
        context.addIssue({ code: 'custom', path: [index, 'open'], message: 'openingHoursInvalid' });
      }
    }
  });

export const openingHoursSchema = z.object(
  {
    '0': dayRangesSchema,
    '1': dayRangesSchema,
    '2': dayRangesSchema,
    '3': dayRangesSchema,
    '4': dayRangesSchema,
    '5': dayRangesSchema,
    '6': dayRangesSchema,
  },
  { message: 'openingHoursInvalid' },
);
export type OpeningHours = z.output<typeof openingHoursSchema>;

function boundedInt(min: number, max: number, message: string) {
  return z.number({ message }).int({ message }).min(min, { message }).max(max, { message });
}

/** The fields staff edit (photos are uploaded separately through a function and not part of this). */
export const resourceFieldsSchema = z
  .object({
    name: requiredText(RESOURCE_NAME_MAX_LENGTH),
    kind: z.enum(RESOURCE_KINDS, { message: 'invalid' }),
    description: optionalText(RESOURCE_DESCRIPTION_MAX_LENGTH),
    capacity: boundedInt(1, MAX_RESOURCE_CAPACITY, 'capacityInvalid'),
    amenities: z
      .array(
        z
          .string({ message: 'invalid' })
          .trim()
          .min(1, { message: 'required' })
          .max(AMENITY_MAX_LENGTH, { message: 'tooLong' }),
        {
          message: 'invalid',
        },
      )
      .max(MAX_AMENITIES, { message: 'amenitiesTooMany' })
      .default([]),
    openingHours: openingHoursSchema,
    closedDates: z
      .array(localDateSchema, { message: 'invalid' })
      .max(MAX_CLOSED_DATES, { message: 'invalid' })
      .default([]),
    slotMinutes: boundedInt(MIN_SLOT_MINUTES, MAX_SLOT_MINUTES, 'slotMinutesInvalid').refine(
      // A slot length that divides the day keeps every day's grid identical.
      (minutes) => MINUTES_PER_DAY % minutes === 0,
      { message: 'slotMinutesInvalid' },
    ),
    bufferMinutes: boundedInt(0, MAX_BUFFER_MINUTES, 'bufferMinutesInvalid').default(0),
    minNoticeMinutes: boundedInt(0, MAX_MIN_NOTICE_MINUTES, 'minNoticeInvalid').default(0),
    bookingWindowDays: boundedInt(1, MAX_BOOKING_WINDOW_DAYS, 'bookingWindowInvalid'),
    priceCents: boundedInt(MIN_SLOT_PRICE_CENTS, MAX_SLOT_PRICE_CENTS, 'priceInvalid').optional(),
    creditCost: boundedInt(1, MAX_SLOT_CREDIT_COST, 'creditCostInvalid').optional(),
    includedInPlan: z.boolean({ message: 'invalid' }).default(false),
    active: z.boolean({ message: 'invalid' }),
  })
  .superRefine((resource, context) => {
    // Every range must hold a whole number of slots, otherwise its tail could never be booked.
    for (const weekday of WEEKDAYS) {
      resource.openingHours[weekday].forEach((range, index) => {
        const open = parseWallTime(range.open);
        const close = parseWallTime(range.close);
        if (open !== null && close !== null && (close - open) % resource.slotMinutes !== 0) {
          context.addIssue({
            code: 'custom',
            path: ['openingHours', weekday, index, 'close'],
            message: 'openingHoursInvalid',
          });
        }
      });
    }
    // A resource nobody can pay for would be unbookable by members.
    if (resource.priceCents === undefined && resource.creditCost === undefined && !resource.includedInPlan) {
      context.addIssue({ code: 'custom', path: ['priceCents'], message: 'resourcePriceRequired' });
    }
  });
export type ResourceFields = z.output<typeof resourceFieldsSchema>;
export type ResourceFieldsInput = z.input<typeof resourceFieldsSchema>;

/** An instant with an explicit offset ('Z' or '+02:00'), so no side guesses a time zone. */
const instantSchema = z.iso.datetime({ offset: true, message: 'invalid' });

/**
 * Our document ids: letters, digits, '_' and '-' (ids end up inside other ids and in field paths of
 * the day documents, where a '.' or '/' would split them).
 */
const documentIdSchema = z
  .string({ message: 'required' })
  .min(1, { message: 'required' })
  .max(300, { message: 'invalid' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'invalid' });

/** Staff blocks span at most this many days (a closure longer than that is a closed date range). */
export const MAX_BLOCK_DAYS = 62;
export const BLOCK_REASONS = ['maintenance', 'private'] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];
export const SPACE_NOTE_MAX_LENGTH = 300;
/**
 * How long an unpaid card booking keeps its seats: Stripe Checkout's shortest expiry (30 min) plus a
 * margin, so the checkout always closes before the hold lapses.
 */
export const CARD_HOLD_MINUTES = 35;

function endAfterStart(input: { start: string; end: string }, context: z.RefinementCtx): void {
  if (Date.parse(input.end) <= Date.parse(input.start)) {
    context.addIssue({ code: 'custom', path: ['end'], message: 'bookingEndInvalid' });
  }
}

/**
 * `bookSpace` callable input (contract). Slot alignment, capacity and policy are checked by
 * `canBook` on the server. Staff may add `uid` (book for a member) or `internal: true` (the
 * organisation's own use, nothing charged); `note` is shown on the staff calendar.
 */
export const bookSpaceInputSchema = z
  .strictObject({
    resourceId: documentIdSchema,
    start: instantSchema,
    end: instantSchema,
    seats: boundedInt(1, MAX_RESOURCE_CAPACITY, 'seatsInvalid').default(1),
    payWith: z.enum(PAY_WITH, { message: 'invalid' }),
    uid: uidSchema.optional(),
    internal: z.boolean({ message: 'invalid' }).optional(),
    note: optionalText(SPACE_NOTE_MAX_LENGTH),
    /**
     * The client's idempotency key for this booking (a UUID made when the form opens): a replay
     * answers the same booking. Without one, the key is the resource, start and owner.
     */
    requestId: z
      .string({ message: 'invalid' })
      .regex(/^[A-Za-z0-9-]{8,64}$/, { message: 'invalid' })
      .optional(),
  })
  .superRefine(endAfterStart);
export type BookSpaceInput = z.output<typeof bookSpaceInputSchema>;
export type BookSpaceRequest = z.input<typeof bookSpaceInputSchema>;
export interface BookSpaceResult {
  bookingId: string;
  status: 'confirmed' | 'pending_payment';
  /** Balance after a credit payment. */
  balance?: number;
  /** Where to pay a card booking. */
  url?: string;
}

/** `moveSpaceBooking`: the same booking to another time of the same resource. */
export const moveSpaceBookingInputSchema = z
  .strictObject({ bookingId: documentIdSchema, start: instantSchema, end: instantSchema })
  .superRefine(endAfterStart);
export type MoveSpaceBookingInput = z.output<typeof moveSpaceBookingInputSchema>;
export interface MoveSpaceBookingResult {
  bookingId: string;
  balance?: number;
}

/** `blockSpace` (staff): nobody can book the resource over [start, end). */
export const blockSpaceInputSchema = z
  .strictObject({
    resourceId: documentIdSchema,
    start: instantSchema,
    end: instantSchema,
    reason: z.enum(BLOCK_REASONS, { message: 'invalid' }),
    note: optionalText(SPACE_NOTE_MAX_LENGTH),
  })
  .superRefine((input, context) => {
    endAfterStart(input, context);
    if (Date.parse(input.end) - Date.parse(input.start) > MAX_BLOCK_DAYS * 86_400_000) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'blockTooLong' });
    }
  });
export type BlockSpaceInput = z.output<typeof blockSpaceInputSchema>;

export const unblockSpaceInputSchema = z.strictObject({ blockId: documentIdSchema });

/** `saveResource` (staff): creates (no id) or replaces the editable fields of a resource. */
export const saveResourceInputSchema = z.strictObject({
  resourceId: documentIdSchema.optional(),
  resource: resourceFieldsSchema,
});
export type SaveResourceRequest = z.input<typeof saveResourceInputSchema>;

/** Largest photo accepted, before resizing (the callable's body limit is 10 MB of JSON). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_RESOURCE_PHOTOS = 8;

/** `uploadResourcePhoto` (staff): the file's bytes in base64; its type is read from the bytes. */
export const uploadResourcePhotoInputSchema = z.strictObject({
  resourceId: documentIdSchema,
  contentBase64: z
    .string({ message: 'required' })
    .min(1, { message: 'required' })
    // base64 of MAX_PHOTO_BYTES, rounded up to whole 4-character groups.
    .max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4, { message: 'photoTooLarge' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'invalid' }),
});
export const removeResourcePhotoInputSchema = z.strictObject({
  resourceId: documentIdSchema,
  photoId: documentIdSchema,
});

/** Photos of a resource, written by `uploadResourcePhoto` only. */
export const resourcePhotoSchema = z.object({
  id: z.string(),
  /** Storage path of the resized image. */
  path: z.string(),
  /** Its download URL (with a token: the Storage rules let no client read). */
  url: z.string().optional(),
  contentType: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type ResourcePhoto = z.output<typeof resourcePhotoSchema>;
export const resourcePhotosSchema = z.array(resourcePhotoSchema).default([]);

/** Seats held in a day document: epoch milliseconds, as `availability` takes them. */
export const spaceHoldSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  seats: z.number().int().positive(),
  /** An unpaid card booking: the hold lapses then. */
  heldUntil: z.number().int().optional(),
});
export const spaceBlockEntrySchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  reason: z.enum(BLOCK_REASONS),
});

/**
 * `spaceDays/{resourceId}_{localDate}`: the capacity document of one resource for one local day,
 * written by functions only, read by every signed-in user (it names no member). Every booking is
 * held in the document of its start's day and every block in each day it covers; a booking
 * transaction reads the day and both neighbours (a buffer or a 24-hour range can cross midnight)
 * and writes its day, so two transactions that could collide always touch the same document.
 */
export const spaceDayDocSchema = z.object({
  resourceId: z.string(),
  localDate: localDateSchema,
  holds: z.record(z.string(), spaceHoldSchema).default({}),
  blocks: z.record(z.string(), spaceBlockEntrySchema).default({}),
});
export type SpaceDayDoc = z.output<typeof spaceDayDocSchema>;

/** `spaceBlocks/{blockId}` (staff read): who blocked what and why. */
export const spaceBlockDocSchema = z.object({
  resourceId: z.string(),
  start: timestampSchema,
  end: timestampSchema,
  reason: z.enum(BLOCK_REASONS),
  note: z.string().optional(),
  /** Local days whose documents hold the block. */
  days: z.array(localDateSchema),
  status: z.enum(['active', 'removed']),
  createdBy: z.string(),
  createdAt: timestampSchema,
});
export type SpaceBlockDoc = z.output<typeof spaceBlockDocSchema>;

export const spaceDayId = (resourceId: string, localDate: string) => `${resourceId}_${localDate}`;
export const spaceRequestBookingId = (requestId: string) => `space_req_${requestId}`;
export const spaceBlockId = (resourceId: string, startMs: number, endMs: number) =>
  `block_${resourceId}_${String(startMs)}_${String(endMs)}`;
