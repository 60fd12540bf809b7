// Admin route of the audit log, a child of /admin wrapped in RequireRole. The page loads when
// opened, like the rest of the staff area.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { AUDIT_LOG_ROLES } from '../../app/auth/permissions.ts';

const AuditLogPage = lazy(() =>
  import('./pages/AuditLogPage.tsx').then((m) => ({ default: m.AuditLogPage })),
);

export const auditLogRoutes: RouteObject[] = [
  {
    path: 'audit',
    element: (
      <RequireRole roles={AUDIT_LOG_ROLES}>
        <AuditLogPage />
      </RequireRole>
    ),
  },
];
