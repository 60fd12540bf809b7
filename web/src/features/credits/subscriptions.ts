// Pure helpers of the member's subscription page: which actions a subscription offers, which date
// it shows, and its status chip.
import type { SubscriptionStatus } from '@agora/domain';
import type { SubscriptionRecord } from '../../lib/firebase/shop.ts';
import type { ChipColor } from './orders.ts';

type SubscriptionState = Pick<
  SubscriptionRecord,
  'status' | 'cancelAtPeriodEnd' | 'demo' | 'currentPeriodEnd'
>;

/** Statuses in which Stripe still renews the subscription at the end of the period. */
const RENEWING: readonly (SubscriptionStatus | null)[] = ['active', 'trialing'];
/** Statuses after which nothing can be resumed: the subscription is over. */
const ENDED: readonly (SubscriptionStatus | null)[] = ['canceled', 'incomplete_expired'];

export interface SubscriptionActions {
  /** "Résilier": stop renewing at the period's end. */
  cancel: boolean;
  /** "Reprendre l’abonnement": undo a cancellation planned for the period's end. */
  resume: boolean;
  /** Demo mode: pay the next period as Stripe would. */
  renewDemo: boolean;
}

export function subscriptionActions(subscription: SubscriptionState): SubscriptionActions {
  const renewing = RENEWING.includes(subscription.status);
  return {
    cancel: renewing && !subscription.cancelAtPeriodEnd,
    resume: subscription.cancelAtPeriodEnd && !ENDED.includes(subscription.status),
    renewDemo:
      subscription.demo &&
      !subscription.cancelAtPeriodEnd &&
      (renewing || subscription.status === 'past_due'),
  };
}

export type SubscriptionDateLine = { kind: 'endsOn' | 'renewsOn' | 'endedOn'; date: Date } | null;

/** The date worth showing: when it ends, was ended, or renews next. */
export function subscriptionDateLine(subscription: SubscriptionState): SubscriptionDateLine {
  const date = subscription.currentPeriodEnd;
  if (!date) return null;
  if (ENDED.includes(subscription.status)) return { kind: 'endedOn', date };
  if (subscription.cancelAtPeriodEnd) return { kind: 'endsOn', date };
  if (RENEWING.includes(subscription.status) || subscription.status === 'past_due') {
    return { kind: 'renewsOn', date };
  }
  return null;
}

export const SUBSCRIPTION_STATUS_COLORS = {
  active: 'success',
  trialing: 'info',
  past_due: 'warning',
  unpaid: 'error',
  incomplete: 'warning',
  incomplete_expired: 'default',
  canceled: 'default',
  paused: 'default',
} as const satisfies Record<SubscriptionStatus, ChipColor>;
