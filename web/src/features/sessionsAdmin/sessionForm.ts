// Session dialog (CAPS-1, CAPS-7): what its fields hold, their check with sessionFieldsSchema, and
// the writes to sessions/{id} and sessions/{id}/private/access. Start and end are typed as wall
// clocks of the organisation's zone (Paris) and stored as the UTC instants they name. The rules want
// no undefined values: empty optional fields (description, place) are left out, or removed on update.
import dayjs, { type Dayjs } from 'dayjs';
import {
  MAX_SESSION_HOURS,
  sessionAccessDocSchema,
  sessionFieldsSchema,
  type SessionFields,
  type SessionMode,
} from '@agora/domain';
// Registers dayjs' utc and timezone plugins, which `.tz()` below needs.
import '../../app/dates.ts';
import type { AccessChange, SessionWrite, StaffSessionRecord } from '../../lib/firebase/sessionsAdmin.ts';
import { parseWholeNumber, zodIssuesToFields, type FieldErrors, type Parsed } from './fieldErrors.ts';
import { instantOf } from './zonedTime.ts';

export interface SessionFormValues {
  title: string;
  description: string;
  topic: string;
  trainer: string;
  /** The date-time pickers' values, in the organisation's zone; invalid while partly typed. */
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  mode: SessionMode;
  place: string;
  capacity: string;
  creditCost: string;
  lmsUrl: string;
  published: boolean;
}

export const SESSION_FIELDS = [
  'title',
  'description',
  'topic',
  'trainer',
  'startsAt',
  'endsAt',
  'mode',
  'place',
  'capacity',
  'creditCost',
  'lmsUrl',
  'published',
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

/** A new session starts as a draft: staff publish it once it is complete. */
export const EMPTY_SESSION: SessionFormValues = {
  title: '',
  description: '',
  topic: '',
  trainer: '',
  startsAt: null,
  endsAt: null,
  mode: 'onsite',
  place: '',
  capacity: '',
  creditCost: '',
  lmsUrl: '',
  published: false,
};

/** Length given to a new session when only its start is typed. */
export const DEFAULT_SESSION_MINUTES = 120;

/** An instant as the pickers show it: a dayjs value in the organisation's zone. */
export function pickerValueAt(instant: Date, timeZone: string): Dayjs {
  return dayjs(instant).tz(timeZone);
}

/**
 * The instant a picker's value names: its wall clock read in the organisation's zone. Null when
 * empty, 'invalid' while partly typed.
 */
export function pickerInstant(value: Dayjs | null, timeZone: string): Date | null | 'invalid' {
  if (value === null) return null;
  if (!value.isValid()) return 'invalid';
  const instant = instantOf(
    {
      year: value.year(),
      month: value.month() + 1,
      day: value.date(),
      hour: value.hour(),
      minute: value.minute(),
    },
    timeZone,
  );
  return Number.isNaN(instant.getTime()) ? 'invalid' : instant;
}

/**
 * The end once the start moves: the same length after the new start (as calendars do), or the
 * default length when no end was set yet. An end that cannot be read stays as typed.
 */
export function endAfterStartChange(
  previous: Pick<SessionFormValues, 'startsAt' | 'endsAt'>,
  nextStart: Dayjs | null,
  timeZone: string,
): Dayjs | null {
  const start = pickerInstant(nextStart, timeZone);
  if (!(start instanceof Date)) return previous.endsAt;
  if (previous.endsAt === null) {
    return pickerValueAt(new Date(start.getTime() + DEFAULT_SESSION_MINUTES * 60_000), timeZone);
  }
  const oldStart = pickerInstant(previous.startsAt, timeZone);
  const oldEnd = pickerInstant(previous.endsAt, timeZone);
  if (!(oldStart instanceof Date) || !(oldEnd instanceof Date) || oldEnd <= oldStart) return previous.endsAt;
  return pickerValueAt(new Date(start.getTime() + (oldEnd.getTime() - oldStart.getTime())), timeZone);
}

export function sessionValuesFromRecord(
  session: StaffSessionRecord,
  lmsUrl: string | null,
  timeZone: string,
): SessionFormValues {
  return {
    title: session.title,
    description: session.description ?? '',
    topic: session.topic,
    trainer: session.trainer,
    startsAt: session.startsAt ? pickerValueAt(session.startsAt, timeZone) : null,
    endsAt: session.endsAt ? pickerValueAt(session.endsAt, timeZone) : null,
    mode: session.mode,
    place: session.place ?? '',
    capacity: String(session.capacity),
    creditCost: String(session.creditCost),
    lmsUrl: lmsUrl ?? '',
    published: session.published,
  };
}

/** What a valid form gives: the session's fields and its LMS link (null when left empty). */
export interface ParsedSession {
  fields: SessionFields;
  lmsUrl: string | null;
}

function fieldOf(path: string): SessionField | null {
  return SESSION_FIELDS.find((field) => field === path) ?? null;
}

/**
 * Checks the form with sessionFieldsSchema. The schema's own cross-field checks (end after start,
 * place of an on-site session) run in a refinement that zod skips while another field is invalid:
 * they are checked here too, so every error shows at the first attempt.
 */
export function parseSessionForm(
  values: SessionFormValues,
  options: { timeZone: string; seatsBooked: number },
): Parsed<ParsedSession, SessionField> {
  const errors: FieldErrors<SessionField> = {};
  const startsAt = pickerInstant(values.startsAt, options.timeZone);
  const endsAt = pickerInstant(values.endsAt, options.timeZone);
  if (startsAt === null) errors.startsAt = 'required';
  if (startsAt === 'invalid') errors.startsAt = 'dateInvalid';
  if (endsAt === null) errors.endsAt = 'required';
  if (endsAt === 'invalid') errors.endsAt = 'dateInvalid';
  if (startsAt instanceof Date && endsAt instanceof Date) {
    const length = endsAt.getTime() - startsAt.getTime();
    if (length <= 0 || length > MAX_SESSION_HOURS * 3_600_000) errors.endsAt = 'sessionEndInvalid';
  }
  const online = values.mode === 'online';
  if (!online && values.place.trim() === '') errors.place = 'required';

  const capacity = parseWholeNumber(values.capacity);
  // Members already hold these seats: fewer seats would leave someone booked without one.
  if (Number.isInteger(capacity) && capacity >= 1 && capacity < options.seatsBooked) {
    errors.capacity = 'capacityBelowBooked';
  }

  const lmsText = values.lmsUrl.trim();
  if (lmsText !== '' && !sessionAccessDocSchema.safeParse({ lmsUrl: lmsText }).success) {
    errors.lmsUrl = 'lmsUrlInvalid';
  }

  const result = sessionFieldsSchema.safeParse({
    title: values.title,
    description: values.description,
    topic: values.topic,
    trainer: values.trainer,
    startsAt: startsAt instanceof Date ? startsAt : undefined,
    endsAt: endsAt instanceof Date ? endsAt : undefined,
    mode: values.mode,
    // An online session has no place: a place typed before switching mode is not kept.
    place: online ? undefined : values.place,
    capacity,
    creditCost: parseWholeNumber(values.creditCost),
    published: values.published,
  });
  if (!result.success) {
    return { ok: false, errors: { ...zodIssuesToFields(result.error, fieldOf), ...errors } };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { fields: result.data, lmsUrl: lmsText === '' ? null : lmsText } };
}

/** Every field of a new session; empty optional ones left out. */
export function sessionCreateWrite(fields: SessionFields): SessionWrite {
  const stored: Record<string, unknown> = {
    title: fields.title,
    topic: fields.topic,
    trainer: fields.trainer,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    mode: fields.mode,
    capacity: fields.capacity,
    creditCost: fields.creditCost,
    published: fields.published,
  };
  if (fields.description !== undefined) stored.description = fields.description;
  if (fields.place !== undefined) stored.place = fields.place;
  return { fields: stored, remove: [] };
}

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/**
 * The fields staff changed, and the optional ones they emptied (removed from the document). Only
 * these are sent: a field another staff member edited meanwhile is not overwritten.
 */
export function sessionUpdateWrite(before: StaffSessionRecord, fields: SessionFields): SessionWrite {
  const after = sessionCreateWrite(fields).fields;
  const previous: Record<string, unknown> = {
    title: before.title,
    topic: before.topic,
    trainer: before.trainer,
    startsAt: before.startsAt,
    endsAt: before.endsAt,
    mode: before.mode,
    capacity: before.capacity,
    creditCost: before.creditCost,
    published: before.published,
    description: before.description ?? undefined,
    place: before.place ?? undefined,
  };
  const changed = Object.fromEntries(
    Object.entries(after).filter(([key, value]) => !sameValue(previous[key], value)),
  );
  const remove = (['description', 'place'] as const).filter(
    (key) => previous[key] !== undefined && after[key] === undefined,
  );
  return { fields: changed, remove };
}

/** What becomes of the LMS link: written when set or changed, deleted when emptied. */
export function accessChange(before: string | null, after: string | null): AccessChange {
  if (after === before) return { kind: 'keep' };
  return after === null ? { kind: 'delete' } : { kind: 'set', lmsUrl: after };
}

/** Nothing to write: the dialog just closes. */
export function isEmptyChange(write: SessionWrite, access: AccessChange): boolean {
  return Object.keys(write.fields).length === 0 && write.remove.length === 0 && access.kind === 'keep';
}
