// Member routes of the sessions feature: the public catalogue and session pages, and the member's
// bookings under /account. Pages load when opened.
import type { RouteObject } from 'react-router';

/** Top-level routes (e.g. /sessions, /sessions/:sessionId). */
export const sessionsRoutes: RouteObject[] = [];

/** Children of /account (e.g. bookings); each wraps itself in RequireAuth. */
export const sessionsAccountRoutes: RouteObject[] = [];
