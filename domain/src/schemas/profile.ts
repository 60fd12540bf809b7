// The member profile (ACC-1): one schema for the sign-up form, `saveProfile` and `users/{uid}`.
import { z } from 'zod';
import { isSupportedCountry, isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { PRIVACY_POLICY_VERSION } from '../constants.ts';
import { emailSchema, optionalText, requiredText, text, timestampSchema } from './common.ts';

export const PROFILE_STATUSES = [
  'student',
  'employee',
  'job-seeker',
  'self-employed',
  'company',
  'other',
] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

// Letters of any script, combining marks, spaces, apostrophes, hyphens and dots (e.g. "J.-P. d'Été").
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;
export const personNameSchema = requiredText(100).regex(NAME_PATTERN, { message: 'nameInvalid' });

/** Phone numbers are read as French unless they carry a +country prefix; stored in E.164. */
export const phoneSchema = requiredText(32)
  .refine((value) => isValidPhoneNumber(value, 'FR'), { message: 'phoneInvalid' })
  .transform((value) => parsePhoneNumberWithError(value, 'FR').number);

/** ISO 3166-1 alpha-2 code of a country with a telephone plan (FR, BE, CH...): libphonenumber's list. */
export const countrySchema = z
  .string({ message: 'required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'countryInvalid' })
  .refine((code) => isSupportedCountry(code), { message: 'countryInvalid' });

export const addressSchema = z
  .strictObject({
    line1: requiredText(200),
    line2: optionalText(200),
    postalCode: requiredText(12).regex(/^[A-Za-z0-9 -]{2,12}$/, { message: 'postalCodeInvalid' }),
    city: requiredText(100),
    country: countrySchema,
  })
  .superRefine((address, ctx) => {
    // French postcodes are five digits (including overseas departments and Monaco's 980xx).
    if (address.country === 'FR' && !/^\d{5}$/.test(address.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'postalCodeInvalid' });
    }
  });
export type Address = z.output<typeof addressSchema>;

/** Earliest accepted birth year, and the minimum age: 15 is the age of digital consent in France. */
const MIN_BIRTH_DATE = '1900-01-01';
export const MIN_AGE_YEARS = 15;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Latest birth date of someone who is at least MIN_AGE_YEARS old on `today` (UTC). */
export function latestBirthDate(today: Date = new Date()): string {
  const y = today.getUTCFullYear() - MIN_AGE_YEARS;
  const md = today.toISOString().slice(5, 10);
  // 29 February on a non-leap target year becomes 28 February.
  const candidate = `${y}-${md}`;
  return isCalendarDate(candidate) ? candidate : `${y}-02-28`;
}

export const birthDateSchema = z
  .string({ message: 'birthDateInvalid' })
  .trim()
  // `abort`: one message per field; a malformed date need not also be reported as out of range.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDateInvalid', abort: true })
  .refine(isCalendarDate, { message: 'birthDateInvalid', abort: true })
  .refine((value) => value >= MIN_BIRTH_DATE && value <= latestBirthDate(), {
    message: 'birthDateOutOfRange',
  });

export const statusSchema = z.enum(PROFILE_STATUSES, { message: 'statusInvalid' });

export const consentInputSchema = z.strictObject(
  {
    policyVersion: z
      .string({ message: 'consentRequired' })
      .max(20, { message: 'tooLong' })
      .refine((v) => v === PRIVACY_POLICY_VERSION, { message: 'policyVersionOutdated' }),
    accepted: z.literal(true, { message: 'consentRequired' }),
  },
  { message: 'consentRequired' },
);

/** Profile fields a member edits; shared by the sign-up form, the profile page and saveProfile. */
export const profileFieldsSchema = z.strictObject({
  firstName: personNameSchema,
  lastName: personNameSchema,
  phone: phoneSchema,
  address: addressSchema,
  birthDate: birthDateSchema,
  status: statusSchema,
  smsOptIn: z.boolean({ message: 'invalid' }).optional(),
});
export type ProfileFieldsInput = z.input<typeof profileFieldsSchema>;
export type ProfileFields = z.output<typeof profileFieldsSchema>;

/** Input of the `saveProfile` callable (contract): the profile plus the consent given now. */
export const saveProfileInputSchema = profileFieldsSchema.extend({ consent: consentInputSchema });
export type SaveProfileInput = z.input<typeof saveProfileInputSchema>;

/** `users/{uid}`: written only by saveProfile (and role fields by setUserRole). */
export const userDocSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  address: z.object({
    line1: z.string(),
    line2: z.string().optional(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
  }),
  birthDate: z.string(),
  status: statusSchema,
  smsOptIn: z.boolean(),
  email: text(254),
  consent: z.object({
    policyVersion: z.string(),
    accepted: z.literal(true),
    acceptedAt: timestampSchema,
  }),
  /** Mirror of the `role` custom claim, kept by setUserRole for staff lists; absent for members. */
  role: z.enum(['admin', 'assistant', 'moderator']).nullable().optional(),
  /** Bumped by setUserRole; the member's open app refreshes its ID token when it changes. */
  claimsUpdatedAt: timestampSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type UserDoc = z.infer<typeof userDocSchema>;

/** Paid actions and bookings need a complete profile (ACC-2): every ACC-1 field and a consent. */
export function isProfileComplete(doc: unknown): boolean {
  return userDocSchema.safeParse(doc).success;
}

export { emailSchema };
