// Unpaid card holds (SPACE-3): a hold stops counting at `heldUntil` by itself (availability and
// bookSpace ignore it), and this job, every 5 minutes, closes the booking (cancelled by `system`),
// removes the hold, marks the order failed and tells the member. Each booking in its own
// transaction that re-reads it, so a payment confirmed meanwhile wins and a rerun changes nothing.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { DEFAULT_TIME_ZONE, REGION } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { orderRef } from '../payments/orders.ts';
import { bookingRef, parseBooking, readPolicies } from '../sessions/sessionStore.ts';
import { aboutBooking, queueSpaceMessages, recipientFrom } from './spaceMail.ts';
import { spaceOrderId } from './spaceCheckout.ts';
import { releaseHold, spaceDayRef } from './spaceStore.ts';

export async function runSpaceHoldExpiry(now: Date = new Date()): Promise<{ expired: number }> {
  const policies = await readPolicies();
  const lapsed = await db()
    .collection('bookings')
    .where('status', '==', 'pending_payment')
    .where('holdExpiresAt', '<=', Timestamp.fromDate(now))
    .get();
  let expired = 0;
  for (const candidate of lapsed.docs) {
    const done = await db().runTransaction(async (tx) => {
      const booking = parseBooking((await tx.get(bookingRef(candidate.id))).data());
      if (booking.status !== 'pending_payment' || !booking.holdExpiresAt) return false;
      if (booking.holdExpiresAt.toDate().getTime() > now.getTime()) return false;
      const resourceId = booking.resourceId ?? '';
      const localDate = booking.localDate ?? '';
      const orderId = spaceOrderId(candidate.id, booking.attempt);
      const [day, order, profile] = await tx.getAll(
        spaceDayRef(resourceId, localDate),
        orderRef(orderId),
        db().collection('users').doc(booking.uid),
      );
      const stamp = FieldValue.serverTimestamp();
      if (day?.exists) releaseHold(tx, resourceId, localDate, candidate.id);
      tx.update(bookingRef(candidate.id), {
        status: 'cancelled',
        cancelledBy: 'system',
        cancelledAt: stamp,
        updatedAt: stamp,
      });
      if (order?.exists && order.get('status') === 'pending') {
        tx.update(orderRef(orderId), { status: 'failed', updatedAt: stamp });
      }
      const recipient = recipientFrom(booking.uid, profile);
      if (recipient) {
        queueSpaceMessages(
          tx,
          String(booking.attempt),
          {
            kind: 'hold-expired',
            to: recipient,
            ...aboutBooking(candidate.id, booking, policies.timeZone),
          },
          profile?.data(),
        );
      }
      return true;
    });
    if (done) expired += 1;
  }
  return { expired };
}

export const spaceHoldExpiry = onSchedule(
  { schedule: 'every 5 minutes', region: REGION, timeZone: DEFAULT_TIME_ZONE, retryCount: 0 },
  async () => {
    await runSpaceHoldExpiry();
  },
);
