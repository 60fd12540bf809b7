// Routes of the invoices feature: the member's "Mes factures" under /account, the staff list under
// /admin; each wraps itself in its guard. Pages load when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth, RequireRole } from '../../app/auth/guards.tsx';
import { INVOICE_ROLES } from '../../app/auth/permissions.ts';

const MyInvoicesPage = lazy(() =>
  import('./pages/MyInvoicesPage.tsx').then((m) => ({ default: m.MyInvoicesPage })),
);
const InvoicesPage = lazy(() =>
  import('./pages/InvoicesPage.tsx').then((m) => ({ default: m.InvoicesPage })),
);

/** Children of /account. */
export const invoicesAccountRoutes: RouteObject[] = [
  {
    path: 'invoices',
    element: (
      <RequireAuth>
        <MyInvoicesPage />
      </RequireAuth>
    ),
  },
];

/** Children of /admin. */
export const invoicesAdminRoutes: RouteObject[] = [
  {
    path: 'invoices',
    element: (
      <RequireRole roles={INVOICE_ROLES}>
        <InvoicesPage />
      </RequireRole>
    ),
  },
];
