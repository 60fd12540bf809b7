// Who may act on an order or a subscription: its member, or staff who manage money.
import type { Caller } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';

export function assertOwnerOrManager(caller: Caller, ownerUid: string): void {
  if (caller.uid === ownerUid || caller.role === 'admin' || caller.role === 'assistant') return;
  throw callableError('permission-denied', 'Vous n’avez pas les droits nécessaires pour cette action.', {
    reason: 'forbidden',
  });
}
