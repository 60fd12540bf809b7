// The staff area's navigation: each page with the roles that may open it (the same constants the
// routes use) and its label. A role sees exactly the pages it may open (adminRoutes.test.ts).
import type { ParseKeys } from 'i18next';
import type { StaffRole } from '@agora/domain';
import {
  ADMIN_AREA_ROLES,
  AUDIT_LOG_ROLES,
  BILLING_ROLES,
  BOOKINGS_ADMIN_ROLES,
  DASHBOARD_ROLES,
  EXPORT_ROLES,
  hasRole,
  INVOICE_ROLES,
  LEDGER_ROLES,
  MEMBER_MANAGEMENT_ROLES,
  MESSAGES_ROLES,
  PRODUCT_ROLES,
  SESSION_ROLES,
  SETTINGS_ROLES,
  SPACES_ADMIN_ROLES,
} from '../../app/auth/permissions.ts';

export interface AdminNavLink {
  to: string;
  labelKey: ParseKeys;
  /** Active on this path only, not below it. */
  end: boolean;
  roles: readonly StaffRole[];
}

// The dashboard first: it is where staff who may see the figures start their day.
const LINKS: readonly AdminNavLink[] = [
  { to: '/admin/dashboard', labelKey: 'adminDashboard.nav', end: false, roles: DASHBOARD_ROLES },
  { to: '/admin', labelKey: 'admin.nav.home', end: true, roles: ADMIN_AREA_ROLES },
  { to: '/admin/members', labelKey: 'admin.nav.members', end: false, roles: MEMBER_MANAGEMENT_ROLES },
  { to: '/admin/bookings', labelKey: 'bookingsAdmin.nav', end: false, roles: BOOKINGS_ADMIN_ROLES },
  { to: '/admin/sessions', labelKey: 'sessionsAdmin.nav', end: false, roles: SESSION_ROLES },
  { to: '/admin/spaces', labelKey: 'spacesAdmin.nav', end: true, roles: SPACES_ADMIN_ROLES },
  {
    to: '/admin/spaces/calendar',
    labelKey: 'spacesAdmin.navCalendar',
    end: false,
    roles: SPACES_ADMIN_ROLES,
  },
  { to: '/admin/messages', labelKey: 'admin.nav.messages', end: false, roles: MESSAGES_ROLES },
  { to: '/admin/products', labelKey: 'billing.nav.products', end: false, roles: PRODUCT_ROLES },
  { to: '/admin/orders', labelKey: 'billing.nav.orders', end: false, roles: BILLING_ROLES },
  { to: '/admin/subscriptions', labelKey: 'billing.nav.subscriptions', end: false, roles: BILLING_ROLES },
  { to: '/admin/companies', labelKey: 'billing.nav.companies', end: false, roles: BILLING_ROLES },
  { to: '/admin/ledger', labelKey: 'ledgerAdmin.nav', end: false, roles: LEDGER_ROLES },
  { to: '/admin/invoices', labelKey: 'invoices.nav', end: false, roles: INVOICE_ROLES },
  { to: '/admin/exports', labelKey: 'exports.nav', end: false, roles: EXPORT_ROLES },
  { to: '/admin/settings', labelKey: 'settingsAdmin.nav', end: false, roles: SETTINGS_ROLES },
  { to: '/admin/audit', labelKey: 'auditLog.nav', end: false, roles: AUDIT_LOG_ROLES },
];

export function adminNavLinks(role: StaffRole | null): AdminNavLink[] {
  return LINKS.filter((link) => hasRole(role, link.roles));
}
