// The staff area under /admin: the area itself for any staff role, then each page behind the roles
// docs/permissions.md ("Back-office pages") gives it; adminRoutes.test.ts checks every page against
// that table. Pages load when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from './auth/guards.tsx';
import { ADMIN_AREA_ROLES, MEMBER_MANAGEMENT_ROLES, MESSAGES_ROLES } from './auth/permissions.ts';
import { auditLogRoutes } from '../features/auditLog/routes.tsx';
import { billingAdminRoutes } from '../features/billing/routes.tsx';
import { bookingsAdminRoutes } from '../features/bookingsAdmin/routes.tsx';
import { dashboardRoutes } from '../features/dashboard/routes.tsx';
import { exportsRoutes } from '../features/exports/routes.tsx';
import { invoicesAdminRoutes } from '../features/invoices/routes.tsx';
import { ledgerAdminRoutes } from '../features/ledgerAdmin/routes.tsx';
import { sessionsAdminRoutes } from '../features/sessionsAdmin/routes.tsx';
import { settingsAdminRoutes } from '../features/settingsAdmin/routes.tsx';
import { spacesAdminRoutes } from '../features/spacesAdmin/routes.tsx';

const AdminLayout = lazy(() =>
  import('../features/admin/pages/AdminLayout.tsx').then((m) => ({ default: m.AdminLayout })),
);
const AdminHomePage = lazy(() =>
  import('../features/admin/pages/AdminHomePage.tsx').then((m) => ({ default: m.AdminHomePage })),
);
const MembersPage = lazy(() =>
  import('../features/admin/pages/MembersPage.tsx').then((m) => ({ default: m.MembersPage })),
);
const MessagesPage = lazy(() =>
  import('../features/messages/pages/MessagesPage.tsx').then((m) => ({ default: m.MessagesPage })),
);

export const adminRoute: RouteObject = {
  path: 'admin',
  element: (
    <RequireRole roles={ADMIN_AREA_ROLES}>
      <AdminLayout />
    </RequireRole>
  ),
  children: [
    { index: true, element: <AdminHomePage /> },
    ...dashboardRoutes,
    {
      path: 'members',
      element: (
        <RequireRole roles={MEMBER_MANAGEMENT_ROLES}>
          <MembersPage />
        </RequireRole>
      ),
    },
    {
      path: 'messages',
      element: (
        <RequireRole roles={MESSAGES_ROLES}>
          <MessagesPage />
        </RequireRole>
      ),
    },
    ...bookingsAdminRoutes,
    ...ledgerAdminRoutes,
    ...billingAdminRoutes,
    ...sessionsAdminRoutes,
    ...spacesAdminRoutes,
    ...invoicesAdminRoutes,
    ...settingsAdminRoutes,
    ...exportsRoutes,
    ...auditLogRoutes,
  ],
};
