// Routes: public pages, the member area (signed in) and the staff area under /admin (adminRoutes.tsx),
// whose code is loaded only when a staff member opens it.
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { RouteErrorPage } from './layout/RouteErrorPage.tsx';
import { RequireAuth } from './auth/guards.tsx';
import { HomePage } from '../features/home/pages/HomePage.tsx';
import { SignInPage } from '../features/accounts/pages/SignInPage.tsx';
import { creditsAccountRoutes, creditsRoutes } from '../features/credits/routes.tsx';
import { sessionsAccountRoutes, sessionsRoutes } from '../features/sessions/routes.tsx';
import { spacesAccountRoutes, spacesRoutes } from '../features/spaces/routes.tsx';
import { invoicesAccountRoutes } from '../features/invoices/routes.tsx';
import { adminRoute } from './adminRoutes.tsx';

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
      adminRoute,
      ...creditsRoutes,
      ...sessionsRoutes,
      ...spacesRoutes,
      { path: 'login', element: <Navigate to="/sign-in" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
