// Admin route of the staff bookings list, a child of /admin wrapped in RequireRole (money and personal data:
// no moderators). The page loads when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { BOOKINGS_ADMIN_ROLES } from '../../app/auth/permissions.ts';

const BookingsPage = lazy(() =>
  import('./pages/BookingsPage.tsx').then((m) => ({ default: m.BookingsPage })),
);

export const bookingsAdminRoutes: RouteObject[] = [
  {
    path: 'bookings',
    element: (
      <RequireRole roles={BOOKINGS_ADMIN_ROLES}>
        <BookingsPage />
      </RequireRole>
    ),
  },
];
