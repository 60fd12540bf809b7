// `demoPayments`: the demo mode's stand-in for Stripe's hosted pages and clock (emulator only). Each
// action reads our documents, builds the events Stripe would send (demo/scenarios.ts), signs them
// with the webhook secret and posts them to `stripeWebhook`, so the real verification and
// fulfilment code runs. Refused unless the deployment is in demo mode (a demo-* project).
import { onCall } from 'firebase-functions/v2/https';
import {
  demoPaymentsInputSchema,
  orderDocSchema,
  subscriptionDocSchema,
  type DemoPaymentsInput,
  type OrderDoc,
} from '@agora/domain';
import { paymentCallableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { callable, type Caller } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { stripeMode } from '../lib/stripe.ts';
import { assertOwnerOrManager } from '../lib/access.ts';
import { deliverDemoEvents } from './demo/deliver.ts';
import { payEvents, renewEvents, settleEvents } from './demo/scenarios.ts';
import type { DemoEvent } from './demo/events.ts';

const seconds = () => Math.floor(Date.now() / 1000);

function notInDemo(): Error {
  return callableError('failed-precondition', 'Le paiement de démonstration n’existe qu’en mode démo.', {
    reason: 'forbidden',
  });
}

function notPayable(message: string): Error {
  return callableError('failed-precondition', message, { reason: 'not-bookable' });
}

async function readDemoOrder(orderId: string, caller: Caller): Promise<OrderDoc> {
  const snapshot = await db().collection('orders').doc(orderId).get();
  if (!snapshot.exists) throw callableError('not-found', 'Commande introuvable.');
  const order = orderDocSchema.parse(snapshot.data());
  assertOwnerOrManager(caller, order.uid);
  if (!order.demo) throw notInDemo();
  return order;
}

async function eventsFor(input: DemoPaymentsInput, caller: Caller): Promise<DemoEvent[]> {
  switch (input.action) {
    case 'pay': {
      const order = await readDemoOrder(input.orderId, caller);
      if (order.status !== 'pending' || order.awaitingPayment === true) {
        throw notPayable('Cette commande n’est plus à payer.');
      }
      return payEvents(input.orderId, order, input.method, seconds());
    }
    case 'settle': {
      const order = await readDemoOrder(input.orderId, caller);
      if (order.status !== 'pending' || order.awaitingPayment !== true) {
        throw notPayable('Aucun prélèvement n’est en attente pour cette commande.');
      }
      return settleEvents(
        input.orderId,
        order,
        input.succeeded,
        order.paymentMethod ?? 'sepa_debit',
        seconds(),
      );
    }
    case 'renew': {
      const snapshot = await db().collection('subscriptions').doc(input.subscriptionId).get();
      if (!snapshot.exists) throw callableError('not-found', 'Abonnement introuvable.');
      const subscription = subscriptionDocSchema.parse(snapshot.data());
      assertOwnerOrManager(caller, subscription.uid);
      if (!subscription.demo) throw notInDemo();
      if (subscription.status !== 'active' || subscription.currentPeriodEnd === null) {
        throw notPayable('Cet abonnement n’est pas actif : il ne se renouvelle pas.');
      }
      const order = await readDemoOrder(subscription.orderId, caller);
      return renewEvents(
        subscription.orderId,
        order,
        {
          cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
          currentPeriodEnd: Math.floor(subscription.currentPeriodEnd.toDate().getTime() / 1000),
        },
        // Strictly after the stored state, even within the same second.
        Math.max(seconds(), subscription.stateEventCreated + 1),
      );
    }
  }
}

export const handleDemoPayments = callable(
  { input: demoPaymentsInputSchema, requireVerifiedEmail: true },
  async (input, caller): Promise<{ events: string[] }> => {
    if (stripeMode() !== 'demo') throw notInDemo();
    return { events: await deliverDemoEvents(await eventsFor(input, caller)) };
  },
);

export const demoPayments = onCall(paymentCallableOptions, handleDemoPayments);
