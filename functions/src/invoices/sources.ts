// The documents each sale produces (INV-1): a paid credit pack, a paid subscription period, a
// session booked with credits; and the credit note of a booking cancelled with a refund. Each has a
// deterministic id, so the triggers that call these may run twice.
import {
  composeCreditNote,
  composeInvoice,
  invoiceDocSchema,
  orderDocSchema,
  paymentDocSchema,
  bookingDocSchema,
  type InvoiceContent,
} from '@agora/domain';
import { db } from '../lib/admin.ts';
import { invoiceRef, issueDocument, type Issued } from './issue.ts';
import { readBuyer, readInvoiceSettings } from './parties.ts';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';

export const orderInvoiceId = (orderId: string) => `order_${orderId}`;
export const periodInvoiceId = (stripeInvoiceId: string) => `period_${stripeInvoiceId}`;
export const bookingInvoiceId = (bookingId: string, attempt: number) => `booking_${bookingId}_${attempt}`;
export const creditNoteId = (invoiceId: string) => `creditnote_${invoiceId}`;

/** A paid credit-pack order. */
export async function invoiceOrder(orderId: string): Promise<Issued | null> {
  const order = orderDocSchema.parse((await db().collection('orders').doc(orderId).get()).data());
  if (order.status === 'pending' || order.status === 'failed') return null;
  if (order.productKind === 'space-booking') return invoiceSpaceOrder(orderId, order);
  if (order.productKind !== 'credit-pack') return null;
  const [settings, buyer] = await Promise.all([readInvoiceSettings(), readBuyer(order.uid)]);
  const paidAt = order.paidAt?.toDate() ?? new Date();
  const content = composeInvoice({
    settings,
    buyer,
    sale: {
      type: 'credit-pack',
      description: order.productName,
      quantity: order.quantity,
      unitGrossCents: order.unitPriceCents,
      vatRate: order.vatRate,
      paidAt,
      paymentMethod: order.paymentMethod ?? 'card',
    },
  });
  return issueDocument({
    invoiceId: orderInvoiceId(orderId),
    uid: order.uid,
    source: { type: 'order', id: orderId },
    content,
    invoicing: settings.invoicing,
  });
}

/** A paid subscription period (`payments/{id}` written by invoice.paid). */
export async function invoiceSubscriptionPeriod(paymentId: string): Promise<Issued | null> {
  const payment = paymentDocSchema.parse((await db().collection('payments').doc(paymentId).get()).data());
  if (!payment.invoiceId) return null;
  const order = orderDocSchema.parse((await db().collection('orders').doc(payment.orderId).get()).data());
  const [settings, buyer] = await Promise.all([readInvoiceSettings(), readBuyer(payment.uid)]);
  const paidAt = payment.createdAt.toDate();
  const periodEnd = new Date(paidAt);
  if (order.interval === 'year') periodEnd.setUTCFullYear(periodEnd.getUTCFullYear() + 1);
  else periodEnd.setUTCMonth(periodEnd.getUTCMonth() + 1);
  const content = composeInvoice({
    settings,
    buyer,
    sale: {
      type: 'subscription-period',
      description: order.productName,
      grossCents: payment.amountCents,
      vatRate: order.vatRate,
      periodStart: paidAt,
      periodEnd,
      paidAt,
      paymentMethod: order.paymentMethod ?? 'card',
    },
  });
  return issueDocument({
    invoiceId: periodInvoiceId(payment.invoiceId),
    uid: payment.uid,
    source: { type: 'subscription-period', id: payment.invoiceId },
    content,
    invoicing: settings.invoicing,
  });
}

/** A space booking paid by card: a taxed service invoice, dated the day of the booking. */
async function invoiceSpaceOrder(
  orderId: string,
  order: ReturnType<typeof orderDocSchema.parse>,
): Promise<Issued | null> {
  const bookingSnapshot = order.bookingId
    ? await db().collection('bookings').doc(order.bookingId).get()
    : null;
  const booking = bookingSnapshot?.exists ? bookingDocSchema.parse(bookingSnapshot.data()) : null;
  // Paid too late (the seats were gone): nothing was sold, staff refund it; no invoice.
  if (booking?.status !== 'confirmed' || booking.orderId !== orderId) return null;
  const [settings, buyer] = await Promise.all([readInvoiceSettings(), readBuyer(order.uid)]);
  const paidAt = order.paidAt?.toDate() ?? new Date();
  const content = composeInvoice({
    settings,
    buyer,
    sale: {
      type: 'space-booking',
      description: booking.title,
      grossCents: order.amountCents,
      vatRate: order.vatRate,
      serviceDate: booking.startsAt.toDate(),
      paidAt,
      paymentMethod: order.paymentMethod ?? 'card',
    },
  });
  return issueDocument({
    invoiceId: orderInvoiceId(orderId),
    uid: order.uid,
    source: { type: 'order', id: orderId },
    content,
    invoicing: settings.invoicing,
  });
}

/** A session or space booked with credits (one document per booking attempt). */
export async function invoiceBooking(bookingId: string): Promise<Issued | null> {
  const booking = bookingDocSchema.parse((await db().collection('bookings').doc(bookingId).get()).data());
  if (booking.status !== 'confirmed' || booking.payment.method !== 'credits' || !booking.payment.credits)
    return null;
  const [settings, buyer, session] = await Promise.all([
    readInvoiceSettings(),
    readBuyer(booking.uid),
    booking.sessionId ? db().collection('sessions').doc(booking.sessionId).get() : null,
  ]);
  // The session's date as it is now (staff may have moved it), the booking's copy otherwise.
  const sessionStart: unknown = session?.get('startsAt');
  const sessionDate = sessionStart instanceof Timestamp ? sessionStart.toDate() : booking.startsAt.toDate();
  const content = composeInvoice({
    settings,
    buyer,
    sale: {
      type: 'session-booking',
      description: booking.title,
      credits: booking.payment.credits,
      sessionDate,
      bookedAt: booking.createdAt.toDate(),
      service: booking.kind === 'space' ? 'space' : 'training',
    },
  });
  return issueDocument({
    invoiceId: bookingInvoiceId(bookingId, booking.attempt),
    uid: booking.uid,
    source: { type: 'booking', id: bookingId },
    content,
    invoicing: settings.invoicing,
    precondition: async (tx) => {
      const current = (await tx.get(db().collection('bookings').doc(bookingId))).data();
      return current?.status === 'confirmed' && current.attempt === booking.attempt;
    },
  });
}

/** The stored content of an issued document, as composeInvoice made it (Timestamps back to Dates). */
export function contentOf(stored: ReturnType<typeof invoiceDocSchema.parse>): InvoiceContent {
  return {
    kind: stored.kind,
    seller: stored.seller,
    buyer: stored.buyer,
    lines: stored.lines,
    totals: stored.totals,
    mentions: stored.mentions,
    saleDate: stored.saleDate.toDate(),
    payment: {
      label: stored.payment.label,
      ...(stored.payment.paidAt ? { paidAt: stored.payment.paidAt.toDate() } : {}),
    },
    currency: 'eur',
    ...(stored.corrects ? { corrects: stored.corrects } : {}),
  };
}

/**
 * A credit note cancelling an issued invoice (booking refunded, or a correction), marked on the
 * original in the same transaction. Statements carry no amount and are not cancelled.
 */
export async function cancelInvoice(invoiceId: string, reason: string): Promise<Issued | null> {
  const snapshot = await invoiceRef(invoiceId).get();
  if (!snapshot.exists) return null;
  const original = invoiceDocSchema.parse(snapshot.data());
  if (original.kind !== 'invoice') return null;
  const settings = await readInvoiceSettings();
  const content = composeCreditNote(contentOf(original), { invoiceId, number: original.number }, reason);
  return issueDocument({
    invoiceId: creditNoteId(invoiceId),
    uid: original.uid,
    source: { type: 'correction', id: invoiceId },
    content,
    invoicing: settings.invoicing,
    also: (tx, issued) =>
      tx.update(invoiceRef(invoiceId), {
        correctedBy: { creditNoteId: issued.invoiceId, number: issued.number },
        correctedAt: FieldValue.serverTimestamp(),
      }),
  });
}
