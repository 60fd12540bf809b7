// Member routes of the credits feature: the shop and checkout (public paths) and the wallet pages
// under /account. Pages load when opened.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../../app/auth/guards.tsx';

const ShopPage = lazy(() => import('./pages/ShopPage.tsx').then((m) => ({ default: m.ShopPage })));
const DemoCheckoutPage = lazy(() =>
  import('./pages/DemoCheckoutPage.tsx').then((m) => ({ default: m.DemoCheckoutPage })),
);
const CheckoutReturnPage = lazy(() =>
  import('./pages/CheckoutReturnPage.tsx').then((m) => ({ default: m.CheckoutReturnPage })),
);
const CheckoutCancelledPage = lazy(() =>
  import('./pages/CheckoutCancelledPage.tsx').then((m) => ({ default: m.CheckoutCancelledPage })),
);
const WalletPage = lazy(() => import('./pages/WalletPage.tsx').then((m) => ({ default: m.WalletPage })));
const SubscriptionPage = lazy(() =>
  import('./pages/SubscriptionPage.tsx').then((m) => ({ default: m.SubscriptionPage })),
);

/** Top-level routes (e.g. /shop, /checkout/...). */
export const creditsRoutes: RouteObject[] = [
  // The catalogue is public: visitors see prices before creating an account.
  { path: 'shop', element: <ShopPage /> },
  {
    path: 'checkout',
    children: [
      {
        path: 'demo/:orderId',
        element: (
          <RequireAuth>
            <DemoCheckoutPage />
          </RequireAuth>
        ),
      },
      {
        path: 'return',
        element: (
          <RequireAuth>
            <CheckoutReturnPage />
          </RequireAuth>
        ),
      },
      // Reads nothing: a member whose session lapsed on the payment page still gets the message.
      { path: 'cancelled', element: <CheckoutCancelledPage /> },
    ],
  },
];

/** Children of /account (e.g. wallet, subscription); each wraps itself in RequireAuth. */
export const creditsAccountRoutes: RouteObject[] = [
  {
    path: 'wallet',
    element: (
      <RequireAuth>
        <WalletPage />
      </RequireAuth>
    ),
  },
  {
    path: 'subscription',
    element: (
      <RequireAuth>
        <SubscriptionPage />
      </RequireAuth>
    ),
  },
];
