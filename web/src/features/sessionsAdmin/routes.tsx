// Staff routes of the sessions feature, children of /admin; each wraps itself in RequireRole.
import type { RouteObject } from 'react-router';

export const sessionsAdminRoutes: RouteObject[] = [];
