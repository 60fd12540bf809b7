import { describe, expect, it } from 'vitest';
import { navItems } from './navigation.ts';

describe('navItems', () => {
  it('shows the shop to visitors', () => {
    expect(navItems(false, null).map((item) => item.to)).toEqual(['/', '/shop', '/sign-in', '/sign-up']);
  });

  it('adds the wallet for members, and the administration for staff', () => {
    expect(navItems(true, null).map((item) => item.to)).toEqual([
      '/',
      '/shop',
      '/account',
      '/account/wallet',
      '/account/profile',
    ]);
    expect(navItems(true, 'admin').map((item) => item.to)).toContain('/admin');
  });
});
