// Custom claims are shared by every feature that sets one: a role change touches `role` only.
import type { StaffRole } from '@agora/domain';

/** The claims with `role` set, or removed when null; every other claim is kept as it was. */
export function withRole(
  claims: Record<string, unknown> | undefined,
  role: StaffRole | null,
): Record<string, unknown> {
  const { role: _previous, ...others } = claims ?? {};
  return role === null ? others : { ...others, role };
}
