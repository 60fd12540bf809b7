// Staff routes of the billing feature, children of /admin; each wraps itself in RequireRole.
import type { RouteObject } from 'react-router';

export const billingAdminRoutes: RouteObject[] = [];
