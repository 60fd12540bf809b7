// Admin route of the staff dashboard, a child of /admin wrapped in RequireRole: it shows money
// figures, so moderators do not get it. The page (and the charts library) loads when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { DASHBOARD_ROLES } from '../../app/auth/permissions.ts';

const DashboardPage = lazy(() =>
  import('./pages/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);

export const dashboardRoutes: RouteObject[] = [
  {
    path: 'dashboard',
    element: (
      <RequireRole roles={DASHBOARD_ROLES}>
        <DashboardPage />
      </RequireRole>
    ),
  },
];
