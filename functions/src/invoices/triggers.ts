// When documents are issued (INV-1): a credit pack paid, a subscription period paid, a session
// booked with credits, a booking cancelled with a refund (credit note). Triggers, so the payment
// and booking transactions stay small and a failure here never undoes a sale; every step is
// idempotent (deterministic ids), so a retried event issues nothing twice.
import { onDocumentCreated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logger } from 'firebase-functions';
import { REGION } from '@agora/domain';
import { finalizeInvoice } from './finalize.ts';
import {
  bookingInvoiceId,
  cancelInvoice,
  invoiceBooking,
  invoiceOrder,
  invoiceSubscriptionPeriod,
  orderInvoiceId,
} from './sources.ts';
import type { Issued } from './issue.ts';

const options = { region: REGION, retry: true, timeoutSeconds: 120 } as const;

async function finish(issued: Issued | null): Promise<void> {
  if (!issued) return;
  await finalizeInvoice(issued.invoiceId);
  logger.info('invoice issued', {
    invoiceId: issued.invoiceId,
    number: issued.number,
    created: issued.created,
  });
}

export const invoiceOnOrderPaid = onDocumentWritten(
  { ...options, document: 'orders/{orderId}' },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (after?.productKind !== 'credit-pack' && after?.productKind !== 'space-booking') return;
    if (after.status === 'paid' && before?.status !== 'paid')
      await finish(await invoiceOrder(event.params.orderId));
    // Fully refunded: a credit note cancels the invoice (partial refunds are left to staff, see docs).
    if (after.status === 'refunded' && before?.status !== 'refunded') {
      await finish(await cancelInvoice(orderInvoiceId(event.params.orderId), 'Commande remboursée'));
    }
  },
);

export const invoiceOnSubscriptionPayment = onDocumentCreated(
  { ...options, document: 'payments/{paymentId}' },
  async (event) => {
    if (typeof event.data?.get('invoiceId') !== 'string') return;
    await finish(await invoiceSubscriptionPeriod(event.params.paymentId));
  },
);

export const invoiceOnBooking = onDocumentWritten(
  { ...options, document: 'bookings/{bookingId}' },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (!after || after.payment?.method !== 'credits') return;
    const bookingId = event.params.bookingId;
    const newlyConfirmed =
      after.status === 'confirmed' && (before?.status !== 'confirmed' || before.attempt !== after.attempt);
    if (newlyConfirmed) await finish(await invoiceBooking(bookingId));
    const refunded =
      after.status === 'cancelled' &&
      before?.status === 'confirmed' &&
      Number(after.refundedCredits ?? 0) > 0;
    if (refunded) {
      await finish(
        await cancelInvoice(
          bookingInvoiceId(bookingId, Number(after.attempt)),
          'Réservation annulée et remboursée en crédits',
        ),
      );
    }
  },
);
