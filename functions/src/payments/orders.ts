// Reading orders inside a webhook or callable transaction: the order, not the event, is what
// fulfilment trusts (its amount was computed on the server when the member checked out).
import type { Transaction } from 'firebase-admin/firestore';
import { orderDocSchema, type OrderDoc } from '@agora/domain';
import { db } from '../lib/admin.ts';

export const orderRef = (orderId: string) => db().collection('orders').doc(orderId);

export interface StoredOrder {
  id: string;
  data: OrderDoc;
}

/** The order, or null when it does not exist; a malformed order throws (a bug to look at, 5xx). */
export async function readOrder(tx: Transaction, orderId: string): Promise<StoredOrder | null> {
  const snapshot = await tx.get(orderRef(orderId));
  if (!snapshot.exists) return null;
  return { id: orderId, data: orderDocSchema.parse(snapshot.data()) };
}

/** Whether a payment of `amountCents` in `currency` is what the order asked for. */
export function matchesOrder(
  order: OrderDoc,
  amountCents: number | null | undefined,
  currency: string | null | undefined,
) {
  return amountCents === order.amountCents && currency?.toLowerCase() === order.currency;
}
