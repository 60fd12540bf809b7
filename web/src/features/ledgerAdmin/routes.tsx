// Admin route of the staff ledger list, a child of /admin wrapped in RequireRole (money and personal data:
// no moderators). The page loads when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { LEDGER_ROLES } from '../../app/auth/permissions.ts';

const LedgerPage = lazy(() => import('./pages/LedgerPage.tsx').then((m) => ({ default: m.LedgerPage })));

export const ledgerAdminRoutes: RouteObject[] = [
  {
    path: 'ledger',
    element: (
      <RequireRole roles={LEDGER_ROLES}>
        <LedgerPage />
      </RequireRole>
    ),
  },
];
