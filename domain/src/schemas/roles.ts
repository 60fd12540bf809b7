// Staff roles carried as the `role` custom claim (ACC-3); members have none.
import { z } from 'zod';
import { uidSchema } from './common.ts';

export const STAFF_ROLES = ['admin', 'assistant', 'moderator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const staffRoleSchema = z.enum(STAFF_ROLES, { message: 'roleInvalid' });

/** Input of the `setUserRole` callable (contract); `null` removes the role. */
export const setUserRoleInputSchema = z.strictObject({
  uid: uidSchema,
  role: staffRoleSchema.nullable(),
});
export type SetUserRoleInput = z.infer<typeof setUserRoleInputSchema>;

/** Reads the role from decoded token claims; anything unexpected counts as no role. */
export function roleFromClaims(claims: Record<string, unknown> | undefined | null): StaffRole | null {
  const parsed = staffRoleSchema.safeParse(claims?.role);
  return parsed.success ? parsed.data : null;
}

export function isStaff(role: StaffRole | null): role is StaffRole {
  return role !== null;
}
