// Member routes of the sessions feature: the public catalogue and session pages, and the member's
// bookings under /account. Pages load when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../../app/auth/guards.tsx';

const SessionsPage = lazy(() =>
  import('./pages/SessionsPage.tsx').then((m) => ({ default: m.SessionsPage })),
);
const SessionPage = lazy(() => import('./pages/SessionPage.tsx').then((m) => ({ default: m.SessionPage })));
const MyBookingsPage = lazy(() =>
  import('./pages/MyBookingsPage.tsx').then((m) => ({ default: m.MyBookingsPage })),
);

/** Top-level routes (e.g. /sessions, /sessions/:sessionId). */
export const sessionsRoutes: RouteObject[] = [
  // Public: visitors browse the programme and see prices before creating an account.
  {
    path: 'sessions',
    children: [
      { index: true, element: <SessionsPage /> },
      { path: ':sessionId', element: <SessionPage /> },
    ],
  },
];

/** Children of /account (e.g. bookings); each wraps itself in RequireAuth. */
export const sessionsAccountRoutes: RouteObject[] = [
  {
    path: 'bookings',
    element: (
      <RequireAuth>
        <MyBookingsPage />
      </RequireAuth>
    ),
  },
];
