// Member routes of the credits feature: the shop and checkout (public paths) and the wallet pages
// under /account. Pages load when opened.
import type { RouteObject } from 'react-router';

/** Top-level routes (e.g. /shop, /checkout/...). */
export const creditsRoutes: RouteObject[] = [];

/** Children of /account (e.g. wallet, subscription); each wraps itself in RequireAuth. */
export const creditsAccountRoutes: RouteObject[] = [];
