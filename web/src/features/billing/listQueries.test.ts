import { describe, expect, it } from 'vitest';
import {
  ordersQuery,
  subscriptionsQuery,
  toOrderStatusFilter,
  toSubscriptionStatusFilter,
} from './listQueries.ts';

describe('list queries', () => {
  it('lists every order newest first without a status filter', () => {
    expect(ordersQuery('all')).toEqual({ where: [], orderBy: { field: 'createdAt', direction: 'desc' } });
  });

  it('filters orders on their status', () => {
    expect(ordersQuery('paid')).toEqual({
      where: [{ field: 'status', value: 'paid' }],
      orderBy: { field: 'createdAt', direction: 'desc' },
    });
  });

  it('filters on the member, alone or with the status', () => {
    expect(ordersQuery('all', 'ana')).toEqual({
      where: [{ field: 'uid', value: 'ana' }],
      orderBy: { field: 'createdAt', direction: 'desc' },
    });
    expect(subscriptionsQuery('active', 'ana').where).toEqual([
      { field: 'status', value: 'active' },
      { field: 'uid', value: 'ana' },
    ]);
  });

  it('filters subscriptions on their status, most recently changed first', () => {
    expect(subscriptionsQuery('past_due')).toEqual({
      where: [{ field: 'status', value: 'past_due' }],
      orderBy: { field: 'updatedAt', direction: 'desc' },
    });
    expect(subscriptionsQuery('all').where).toEqual([]);
  });

  it('reads filters from the address, unknown values meaning all', () => {
    expect(toOrderStatusFilter('refunded')).toBe('refunded');
    expect(toOrderStatusFilter('bogus')).toBe('all');
    expect(toOrderStatusFilter(null)).toBe('all');
    expect(toSubscriptionStatusFilter('canceled')).toBe('canceled');
    expect(toSubscriptionStatusFilter('active ')).toBe('all');
  });
});
