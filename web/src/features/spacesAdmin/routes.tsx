// Staff routes of the coworking spaces, children of /admin; each wraps itself in RequireRole. Pages
// load when opened, like the rest of the staff area.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { SPACES_ADMIN_ROLES } from '../../app/auth/permissions.ts';

const ResourcesPage = lazy(() =>
  import('./pages/ResourcesPage.tsx').then((m) => ({ default: m.ResourcesPage })),
);
const SpaceCalendarPage = lazy(() =>
  import('./pages/SpaceCalendarPage.tsx').then((m) => ({ default: m.SpaceCalendarPage })),
);

export const spacesAdminRoutes: RouteObject[] = [
  {
    path: 'spaces',
    element: (
      <RequireRole roles={SPACES_ADMIN_ROLES}>
        <ResourcesPage />
      </RequireRole>
    ),
  },
  {
    path: 'spaces/calendar',
    element: (
      <RequireRole roles={SPACES_ADMIN_ROLES}>
        <SpaceCalendarPage />
      </RequireRole>
    ),
  },
];
