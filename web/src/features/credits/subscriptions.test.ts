import { describe, expect, it } from 'vitest';
import { SUBSCRIPTION_STATUSES } from '@agora/domain';
import { SUBSCRIPTION_STATUS_COLORS, subscriptionActions, subscriptionDateLine } from './subscriptions.ts';

const periodEnd = new Date('2026-06-15T10:00:00Z');
const active = {
  status: 'active',
  cancelAtPeriodEnd: false,
  demo: false,
  currentPeriodEnd: periodEnd,
} as const;

describe('subscriptionActions', () => {
  it('offers to cancel an active subscription that renews', () => {
    expect(subscriptionActions(active)).toEqual({ cancel: true, resume: false, renewDemo: false });
  });

  it('offers to resume a cancellation planned for the end of the period', () => {
    expect(subscriptionActions({ ...active, cancelAtPeriodEnd: true })).toEqual({
      cancel: false,
      resume: true,
      renewDemo: false,
    });
  });

  it('offers nothing on a subscription that is over', () => {
    expect(subscriptionActions({ ...active, status: 'canceled' })).toEqual({
      cancel: false,
      resume: false,
      renewDemo: false,
    });
    expect(
      subscriptionActions({ ...active, status: 'canceled', cancelAtPeriodEnd: true, demo: true }),
    ).toEqual({
      cancel: false,
      resume: false,
      renewDemo: false,
    });
  });

  it('lets demo subscriptions that still renew simulate the next period', () => {
    expect(subscriptionActions({ ...active, demo: true }).renewDemo).toBe(true);
    expect(subscriptionActions({ ...active, demo: true, status: 'past_due' }).renewDemo).toBe(true);
    expect(subscriptionActions({ ...active, demo: true, cancelAtPeriodEnd: true }).renewDemo).toBe(false);
    expect(subscriptionActions({ ...active, demo: true, status: 'incomplete' }).renewDemo).toBe(false);
  });
});

describe('subscriptionDateLine', () => {
  it('shows the next renewal, the planned end or the end', () => {
    expect(subscriptionDateLine(active)).toEqual({ kind: 'renewsOn', date: periodEnd });
    expect(subscriptionDateLine({ ...active, cancelAtPeriodEnd: true })).toEqual({
      kind: 'endsOn',
      date: periodEnd,
    });
    expect(subscriptionDateLine({ ...active, status: 'canceled' })).toEqual({
      kind: 'endedOn',
      date: periodEnd,
    });
  });

  it('shows no date when there is none, or none that means anything', () => {
    expect(subscriptionDateLine({ ...active, currentPeriodEnd: null })).toBeNull();
    expect(subscriptionDateLine({ ...active, status: 'incomplete' })).toBeNull();
  });
});

describe('subscription status chips', () => {
  it('colour every Stripe status', () => {
    for (const status of SUBSCRIPTION_STATUSES) expect(SUBSCRIPTION_STATUS_COLORS[status]).toBeDefined();
  });
});
