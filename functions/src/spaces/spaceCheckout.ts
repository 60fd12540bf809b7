// Card payment of a space booking (SPACE-3). `bookSpace` holds the seats (status pending_payment,
// `heldUntil` on the hold) and this creates the order `space-<bookingId>-<attempt>` (deterministic:
// a replayed booking finds it) and the place to pay it: a Stripe Checkout Session that expires
// before the hold does, or the demo checkout page. The webhook confirms the booking
// (confirmSpacePayment.ts); an unpaid hold lapses by itself and the expiry job tidies it up.
import { FieldValue } from 'firebase-admin/firestore';
import { CURRENCY, bookingDocSchema } from '@agora/domain';
import type { Caller } from '../lib/callable.ts';
import { callableError, hasErrorCode } from '../lib/errors.ts';
import { stripeClient, stripeMode } from '../lib/stripe.ts';
import { appOrigin } from '../mail/links.ts';
import { orderRef } from '../payments/orders.ts';
import { paymentsDown, stripeCustomer } from '../payments/createCheckout.ts';
import { bookingRef, readPolicies } from '../sessions/sessionStore.ts';

/** Coworking is taxed at the standard rate (prices are VAT included). */
const SPACE_VAT_RATE = 20;
/** Stripe refuses a Checkout Session expiring sooner than 30 minutes after its creation. */
const STRIPE_MIN_EXPIRY_SECONDS = 30 * 60;
/** The checkout closes this long before the hold lapses, so a payment never outlives its seats. */
const CHECKOUT_MARGIN_SECONDS = 60;

export const spaceOrderId = (bookingId: string, attempt: number) => `space-${bookingId}-${String(attempt)}`;

export async function startSpaceCheckout(bookingId: string, caller: Caller): Promise<string> {
  const booking = bookingDocSchema.parse((await bookingRef(bookingId).get()).data());
  const orderId = spaceOrderId(bookingId, booking.attempt);
  const amountCents = booking.payment.amountCents ?? 0;
  const mode = stripeMode();
  const { timeZone } = await readPolicies();
  const when = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(booking.startsAt.toDate());
  const productName = `${booking.title} — ${when}`;
  const now = FieldValue.serverTimestamp();
  try {
    await orderRef(orderId).create({
      uid: booking.uid,
      productId: booking.resourceId ?? 'space',
      productKind: 'space-booking',
      productName,
      vatRate: SPACE_VAT_RATE,
      quantity: 1,
      unitPriceCents: amountCents,
      amountCents,
      currency: CURRENCY,
      credits: 0,
      bookingId,
      status: 'pending',
      refundedCents: 0,
      returnTo: '/account/space-bookings',
      demo: mode === 'demo',
      createdAt: now,
      updatedAt: now,
    });
    await bookingRef(bookingId).update({ orderId, updatedAt: now });
  } catch (error) {
    // A replay: the order exists already (ALREADY_EXISTS), and so does its checkout.
    if (!hasErrorCode(error, 6)) throw error;
  }
  if (mode === 'demo') return `${appOrigin()}/checkout/demo/${orderId}`;

  const existing: unknown = (await orderRef(orderId).get()).get('checkoutUrl');
  if (typeof existing === 'string') return existing;
  // Fixed by the hold, so a retry sends Stripe the same parameters under the same idempotency key.
  const expiresAt =
    Math.floor((booking.holdExpiresAt?.toDate().getTime() ?? 0) / 1000) - CHECKOUT_MARGIN_SECONDS;
  if (expiresAt < Math.floor(Date.now() / 1000) + STRIPE_MIN_EXPIRY_SECONDS) {
    throw callableError(
      'failed-precondition',
      'Le créneau n’est plus retenu assez longtemps pour payer : annulez cette réservation et réservez à nouveau.',
      { reason: 'not-bookable' },
    );
  }
  try {
    const stripe = stripeClient();
    const metadata = { orderId, uid: booking.uid, bookingId };
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        customer: await stripeCustomer(stripe, caller),
        client_reference_id: orderId,
        metadata,
        locale: 'fr',
        expires_at: expiresAt,
        // Card only: a delayed method (SEPA debit) would settle after the hold has lapsed.
        allowed_payment_method_types: ['card'],
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: CURRENCY,
              unit_amount: amountCents,
              tax_behavior: 'inclusive',
              product_data: { name: productName },
            },
          },
        ],
        payment_intent_data: { metadata },
        success_url: `${appOrigin()}/checkout/return?order=${orderId}`,
        cancel_url: `${appOrigin()}/checkout/cancelled?order=${orderId}`,
      },
      { idempotencyKey: orderId },
    );
    if (!session.url) throw new Error(`Checkout Session ${session.id} has no URL`);
    await orderRef(orderId).update({
      checkoutSessionId: session.id,
      checkoutUrl: session.url,
      updatedAt: FieldValue.serverTimestamp(),
    });
    return session.url;
  } catch (error) {
    throw error instanceof Error && 'httpErrorCode' in error ? error : paymentsDown(error);
  }
}
