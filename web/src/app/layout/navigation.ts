// Main navigation entries, by session state and role.
import type { StaffRole } from '@agora/domain';
import { ADMIN_AREA_ROLES, hasRole } from '../auth/permissions.ts';

export type NavLabelKey =
  | 'home'
  | 'sessions'
  | 'spaces'
  | 'spaceBookings'
  | 'shop'
  | 'account'
  | 'bookings'
  | 'wallet'
  | 'profile'
  | 'admin'
  | 'signIn'
  | 'signUp';

export interface NavItem {
  to: string;
  label: NavLabelKey;
  /** Matches only the exact path (the account dashboard, not its sub-pages). */
  end?: boolean;
}

export function navItems(signedIn: boolean, role: StaffRole | null): NavItem[] {
  if (!signedIn) {
    return [
      { to: '/', label: 'home', end: true },
      { to: '/sessions', label: 'sessions' },
      { to: '/shop', label: 'shop' },
      { to: '/sign-in', label: 'signIn' },
      { to: '/sign-up', label: 'signUp' },
    ];
  }
  return [
    { to: '/', label: 'home', end: true },
    { to: '/sessions', label: 'sessions' },
    { to: '/spaces', label: 'spaces' },
    { to: '/shop', label: 'shop' },
    { to: '/account', label: 'account', end: true },
    { to: '/account/bookings', label: 'bookings' },
    { to: '/account/space-bookings', label: 'spaceBookings' },
    { to: '/account/wallet', label: 'wallet' },
    { to: '/account/profile', label: 'profile' },
    ...(hasRole(role, ADMIN_AREA_ROLES) ? [{ to: '/admin', label: 'admin' } as const] : []),
  ];
}
