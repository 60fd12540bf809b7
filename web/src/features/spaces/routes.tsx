// Member routes of the coworking spaces feature (SPACE-2, SPACE-6): the resources and their slots,
// and the member's space bookings under /account. Signed-in members only: availability is read from
// documents only signed-in users may read. Pages load when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../../app/auth/guards.tsx';

const SpacesPage = lazy(() => import('./pages/SpacesPage.tsx').then((m) => ({ default: m.SpacesPage })));
const SpacePage = lazy(() => import('./pages/SpacePage.tsx').then((m) => ({ default: m.SpacePage })));
const MySpaceBookingsPage = lazy(() =>
  import('./pages/MySpaceBookingsPage.tsx').then((m) => ({ default: m.MySpaceBookingsPage })),
);

/** Top-level routes: /spaces and /spaces/:resourceId. */
export const spacesRoutes: RouteObject[] = [
  {
    path: 'spaces',
    children: [
      {
        index: true,
        element: (
          <RequireAuth>
            <SpacesPage />
          </RequireAuth>
        ),
      },
      {
        path: ':resourceId',
        element: (
          <RequireAuth>
            <SpacePage />
          </RequireAuth>
        ),
      },
    ],
  },
];

/** Children of /account: /account/space-bookings; each wraps itself in RequireAuth. */
export const spacesAccountRoutes: RouteObject[] = [
  {
    path: 'space-bookings',
    element: (
      <RequireAuth>
        <MySpaceBookingsPage />
      </RequireAuth>
    ),
  },
];
