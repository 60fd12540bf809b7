// `companies/{id}` (ACC-4): a business customer whose members staff credit together after a quote
// made elsewhere. Staff (admin, assistant) write it under the rules; money still moves through
// `adjustCredits` only.
import { z } from 'zod';
import { optionalText, requiredText, timestampSchema, uidSchema } from './common.ts';

export const MAX_COMPANY_MEMBERS = 100;

export const companyFieldsSchema = z.object({
  name: requiredText(200),
  /** SIREN: 9 digits. */
  siren: z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/\s/g, '') : value),
    z
      .string()
      .regex(/^\d{9}$/, { message: 'sirenInvalid' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
  ),
  vatNumber: optionalText(20),
  billingEmail: optionalText(254),
  memberUids: z
    .array(uidSchema, { message: 'uidsInvalid' })
    .max(MAX_COMPANY_MEMBERS, { message: 'uidsInvalid' })
    .refine((uids) => new Set(uids).size === uids.length, { message: 'uidsInvalid' }),
});
export type CompanyFields = z.output<typeof companyFieldsSchema>;

export const companyDocSchema = companyFieldsSchema.and(
  z.object({ createdAt: timestampSchema, updatedAt: timestampSchema, createdBy: uidSchema }),
);
export type CompanyDoc = z.output<typeof companyDocSchema>;
