import { describe, expect, it } from 'vitest';
import { navItems } from './navigation.ts';

describe('navItems', () => {
  it('shows the training sessions and the shop to visitors', () => {
    expect(navItems(false, null).map((item) => item.to)).toEqual([
      '/',
      '/sessions',
      '/shop',
      '/sign-in',
      '/sign-up',
    ]);
  });

  it('adds the spaces, the bookings and the wallet for members, and the administration for staff', () => {
    expect(navItems(true, null).map((item) => item.to)).toEqual([
      '/',
      '/sessions',
      '/spaces',
      '/shop',
      '/account',
      '/account/bookings',
      '/account/space-bookings',
      '/account/wallet',
      '/account/profile',
    ]);
    expect(navItems(true, null).find((item) => item.to === '/account/bookings')?.label).toBe('bookings');
    expect(navItems(true, 'admin').map((item) => item.to)).toContain('/admin');
  });
});
