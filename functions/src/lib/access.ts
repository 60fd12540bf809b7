// Who may act on a member's order, subscription, booking or invoice: the member, or staff who
// manage money and bookings (admin, assistant).
import type { StaffRole } from '@agora/domain';
import type { Caller } from './callable.ts';
import { callableError } from './errors.ts';

export const isManager = (role: StaffRole | null) => role === 'admin' || role === 'assistant';

export function assertOwnerOrManager(caller: Caller, ownerUid: string): void {
  if (caller.uid === ownerUid || isManager(caller.role)) return;
  throw callableError('permission-denied', 'Vous n’avez pas les droits nécessaires pour cette action.', {
    reason: 'forbidden',
  });
}
