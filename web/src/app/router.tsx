// Routes: public pages, the member area (signed in) and the staff area under /admin, whose code is
// loaded only when a staff member opens it.
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { RouteErrorPage } from './layout/RouteErrorPage.tsx';
import { RequireAuth, RequireRole } from './auth/guards.tsx';
import { ADMIN_AREA_ROLES, MEMBER_MANAGEMENT_ROLES, MESSAGES_ROLES } from './auth/permissions.ts';
import { HomePage } from '../features/home/pages/HomePage.tsx';
import { SignInPage } from '../features/accounts/pages/SignInPage.tsx';
import { creditsAccountRoutes, creditsRoutes } from '../features/credits/routes.tsx';
import { billingAdminRoutes } from '../features/billing/routes.tsx';
import { sessionsAccountRoutes, sessionsRoutes } from '../features/sessions/routes.tsx';
import { sessionsAdminRoutes } from '../features/sessionsAdmin/routes.tsx';
import { spacesAccountRoutes, spacesRoutes } from '../features/spaces/routes.tsx';
import { spacesAdminRoutes } from '../features/spacesAdmin/routes.tsx';
import { invoicesAccountRoutes, invoicesAdminRoutes } from '../features/invoices/routes.tsx';
import { settingsAdminRoutes } from '../features/settingsAdmin/routes.tsx';
import { auditLogRoutes } from '../features/auditLog/routes.tsx';
import { dashboardRoutes } from '../features/dashboard/routes.tsx';
import { exportsRoutes } from '../features/exports/routes.tsx';

// Only the home and sign-in pages ship in the first download: the other pages, with the domain
// schemas (phone numbers, addresses) and the date picker, load when opened.
const PrivacyPage = lazy(() =>
  import('../features/legal/pages/PrivacyPage.tsx').then((m) => ({ default: m.PrivacyPage })),
);
const AccountDashboardPage = lazy(() =>
  import('../features/accounts/pages/AccountDashboardPage.tsx').then((m) => ({
    default: m.AccountDashboardPage,
  })),
);
const AuthActionPage = lazy(() =>
  import('../features/accounts/pages/AuthActionPage.tsx').then((m) => ({ default: m.AuthActionPage })),
);
const VerifyEmailPage = lazy(() =>
  import('../features/accounts/pages/VerifyEmailPage.tsx').then((m) => ({ default: m.VerifyEmailPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../features/accounts/pages/ForgotPasswordPage.tsx').then((m) => ({
    default: m.ForgotPasswordPage,
  })),
);
const SignUpPage = lazy(() =>
  import('../features/accounts/pages/SignUpPage.tsx').then((m) => ({ default: m.SignUpPage })),
);
const ProfilePage = lazy(() =>
  import('../features/accounts/pages/ProfilePage.tsx').then((m) => ({ default: m.ProfilePage })),
);
const AdminLayout = lazy(() =>
  import('../features/admin/pages/AdminLayout.tsx').then((m) => ({ default: m.AdminLayout })),
);
const AdminHomePage = lazy(() =>
  import('../features/admin/pages/AdminHomePage.tsx').then((m) => ({ default: m.AdminHomePage })),
);
const MembersPage = lazy(() =>
  import('../features/admin/pages/MembersPage.tsx').then((m) => ({ default: m.MembersPage })),
);
const MessagesPage = lazy(() =>
  import('../features/messages/pages/MessagesPage.tsx').then((m) => ({ default: m.MessagesPage })),
);

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'auth/action', element: <AuthActionPage /> },
      {
        path: 'verify-email',
        element: (
          <RequireAuth>
            <VerifyEmailPage />
          </RequireAuth>
        ),
      },
      {
        path: 'account',
        children: [
          {
            index: true,
            element: (
              <RequireAuth>
                <AccountDashboardPage />
              </RequireAuth>
            ),
          },
          {
            path: 'profile',
            element: (
              <RequireAuth>
                <ProfilePage />
              </RequireAuth>
            ),
          },
          ...creditsAccountRoutes,
          ...sessionsAccountRoutes,
          ...spacesAccountRoutes,
          ...invoicesAccountRoutes,
        ],
      },
      {
        path: 'admin',
        element: (
          <RequireRole roles={ADMIN_AREA_ROLES}>
            <AdminLayout />
          </RequireRole>
        ),
        children: [
          { index: true, element: <AdminHomePage /> },
          ...dashboardRoutes,
          {
            path: 'members',
            element: (
              <RequireRole roles={MEMBER_MANAGEMENT_ROLES}>
                <MembersPage />
              </RequireRole>
            ),
          },
          {
            path: 'messages',
            element: (
              <RequireRole roles={MESSAGES_ROLES}>
                <MessagesPage />
              </RequireRole>
            ),
          },
          ...billingAdminRoutes,
          ...sessionsAdminRoutes,
          ...spacesAdminRoutes,
          ...invoicesAdminRoutes,
          ...settingsAdminRoutes,
          ...exportsRoutes,
          ...auditLogRoutes,
        ],
      },
      ...creditsRoutes,
      ...sessionsRoutes,
      ...spacesRoutes,
      { path: 'login', element: <Navigate to="/sign-in" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
