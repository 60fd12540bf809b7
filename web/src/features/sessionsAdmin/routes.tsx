// Staff routes of the sessions feature, children of /admin; each wraps itself in RequireRole. Pages
// load when opened, like the rest of the staff area.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { SESSION_ROLES } from '../../app/auth/permissions.ts';

const SessionsPage = lazy(() =>
  import('./pages/SessionsPage.tsx').then((m) => ({ default: m.SessionsPage })),
);
const ParticipantsPage = lazy(() =>
  import('./pages/ParticipantsPage.tsx').then((m) => ({ default: m.ParticipantsPage })),
);

export const sessionsAdminRoutes: RouteObject[] = [
  {
    path: 'sessions',
    element: (
      <RequireRole roles={SESSION_ROLES}>
        <SessionsPage />
      </RequireRole>
    ),
  },
  {
    path: 'sessions/:sessionId',
    element: (
      <RequireRole roles={SESSION_ROLES}>
        <ParticipantsPage />
      </RequireRole>
    ),
  },
];
