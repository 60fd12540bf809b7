// Admin route of the organisation settings, a child of /admin wrapped in RequireRole. The page
// loads when opened, like the rest of the staff area.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { SETTINGS_ROLES } from '../../app/auth/permissions.ts';

const SettingsPage = lazy(() =>
  import('./pages/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })),
);

export const settingsAdminRoutes: RouteObject[] = [
  {
    path: 'settings',
    element: (
      <RequireRole roles={SETTINGS_ROLES}>
        <SettingsPage />
      </RequireRole>
    ),
  },
];
