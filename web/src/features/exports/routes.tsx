// Admin route of the exports page, a child of /admin wrapped in RequireRole: the files hold money
// and personal data, so moderators do not get it. The page loads when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { EXPORT_ROLES } from '../../app/auth/permissions.ts';

const ExportsPage = lazy(() => import('./pages/ExportsPage.tsx').then((m) => ({ default: m.ExportsPage })));

export const exportsRoutes: RouteObject[] = [
  {
    path: 'exports',
    element: (
      <RequireRole roles={EXPORT_ROLES}>
        <ExportsPage />
      </RequireRole>
    ),
  },
];
