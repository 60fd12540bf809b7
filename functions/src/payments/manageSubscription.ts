// `manageSubscription` (CR-4): the member stops renewal at the end of the paid period, or resumes
// it. Stripe holds the truth: we ask it to change the subscription and the webhook updates
// `subscriptions/{id}` from the event that follows (in demo mode, the same event built locally).
import { onCall } from 'firebase-functions/v2/https';
import { manageSubscriptionInputSchema, orderDocSchema, subscriptionDocSchema } from '@agora/domain';
import { paymentCallableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { stripeClient, stripeMode } from '../lib/stripe.ts';
import { assertOwnerOrManager } from '../lib/access.ts';
import { deliverDemoEvents } from './demo/deliver.ts';
import { renewalChangeEvents } from './demo/scenarios.ts';

export const handleManageSubscription = callable(
  { input: manageSubscriptionInputSchema, requireVerifiedEmail: true },
  async ({ subscriptionId, action }, caller): Promise<{ status: string; cancelAtPeriodEnd: boolean }> => {
    const snapshot = await db().collection('subscriptions').doc(subscriptionId).get();
    if (!snapshot.exists) throw callableError('not-found', 'Abonnement introuvable.');
    const subscription = subscriptionDocSchema.parse(snapshot.data());
    assertOwnerOrManager(caller, subscription.uid);
    if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') {
      throw callableError(
        'failed-precondition',
        'Cet abonnement est terminé : souscrivez-en un nouveau depuis la boutique.',
        {
          reason: 'not-bookable',
        },
      );
    }
    const cancelAtPeriodEnd = action === 'cancel';
    if (subscription.cancelAtPeriodEnd === cancelAtPeriodEnd) {
      return { status: subscription.status, cancelAtPeriodEnd };
    }

    if (stripeMode() === 'demo') {
      const order = orderDocSchema.parse(
        (await db().collection('orders').doc(subscription.orderId).get()).data(),
      );
      const created = Math.max(Math.floor(Date.now() / 1000), subscription.stateEventCreated + 1);
      const periodEnd = subscription.currentPeriodEnd
        ? Math.floor(subscription.currentPeriodEnd.toDate().getTime() / 1000)
        : created;
      await deliverDemoEvents(
        renewalChangeEvents(
          subscription.orderId,
          order,
          { status: subscription.status, currentPeriodEnd: periodEnd },
          cancelAtPeriodEnd,
          created,
        ),
      );
      return { status: subscription.status, cancelAtPeriodEnd };
    }
    const updated = await stripeClient().subscriptions.update(subscriptionId, {
      cancel_at_period_end: cancelAtPeriodEnd,
    });
    return { status: updated.status, cancelAtPeriodEnd: updated.cancel_at_period_end };
  },
);

export const manageSubscription = onCall(paymentCallableOptions, handleManageSubscription);
