// Staff area frame (/admin): section title and the tools this role may open.
import { Suspense } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import {
  AUDIT_LOG_ROLES,
  BILLING_ROLES,
  DASHBOARD_ROLES,
  EXPORT_ROLES,
  hasRole,
  INVOICE_ROLES,
  MEMBER_MANAGEMENT_ROLES,
  MESSAGES_ROLES,
  PRODUCT_ROLES,
  SESSION_ROLES,
  SETTINGS_ROLES,
  SPACES_ADMIN_ROLES,
} from '../../../app/auth/permissions.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';

export function AdminLayout() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const links = [
    // The dashboard first: it is where staff who may see the figures start their day.
    ...(hasRole(role, DASHBOARD_ROLES)
      ? [{ to: '/admin/dashboard', label: t('adminDashboard.nav'), end: false }]
      : []),
    { to: '/admin', label: t('admin.nav.home'), end: true },
    ...(hasRole(role, MEMBER_MANAGEMENT_ROLES)
      ? [{ to: '/admin/members', label: t('admin.nav.members'), end: false }]
      : []),
    ...(hasRole(role, SESSION_ROLES)
      ? [{ to: '/admin/sessions', label: t('sessionsAdmin.nav'), end: false }]
      : []),
    ...(hasRole(role, SPACES_ADMIN_ROLES)
      ? [
          { to: '/admin/spaces', label: t('spacesAdmin.nav'), end: true },
          { to: '/admin/spaces/calendar', label: t('spacesAdmin.navCalendar'), end: false },
        ]
      : []),
    ...(hasRole(role, MESSAGES_ROLES)
      ? [{ to: '/admin/messages', label: t('admin.nav.messages'), end: false }]
      : []),
    ...(hasRole(role, PRODUCT_ROLES)
      ? [{ to: '/admin/products', label: t('billing.nav.products'), end: false }]
      : []),
    ...(hasRole(role, BILLING_ROLES)
      ? [
          { to: '/admin/orders', label: t('billing.nav.orders'), end: false },
          { to: '/admin/subscriptions', label: t('billing.nav.subscriptions'), end: false },
          { to: '/admin/companies', label: t('billing.nav.companies'), end: false },
        ]
      : []),
    ...(hasRole(role, INVOICE_ROLES)
      ? [{ to: '/admin/invoices', label: t('invoices.nav'), end: false }]
      : []),
    ...(hasRole(role, EXPORT_ROLES) ? [{ to: '/admin/exports', label: t('exports.nav'), end: false }] : []),
    ...(hasRole(role, SETTINGS_ROLES)
      ? [{ to: '/admin/settings', label: t('settingsAdmin.nav'), end: false }]
      : []),
    ...(hasRole(role, AUDIT_LOG_ROLES) ? [{ to: '/admin/audit', label: t('auditLog.nav'), end: false }] : []),
  ];
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="overline" color="text.secondary">
          {t('admin.area')}
        </Typography>
        <Stack
          component="nav"
          aria-label={t('admin.nav.label')}
          direction="row"
          spacing={1}
          sx={{ flexWrap: 'wrap' }}
        >
          {links.map((link) => (
            <Button
              key={link.to}
              component={NavLink}
              to={link.to}
              end={link.end}
              variant="text"
              sx={{ '&.active': { bgcolor: 'action.selected' } }}
            >
              {link.label}
            </Button>
          ))}
        </Stack>
      </Box>
      <Suspense fallback={<LoadingScreen />}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}
