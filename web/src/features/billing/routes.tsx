// Staff routes of the billing feature, children of /admin; each wraps itself in RequireRole. Pages
// load when opened, like the rest of the staff area.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/auth/guards.tsx';
import { BILLING_ROLES, PRODUCT_ROLES } from '../../app/auth/permissions.ts';

const ProductsPage = lazy(() =>
  import('./pages/ProductsPage.tsx').then((m) => ({ default: m.ProductsPage })),
);
const OrdersPage = lazy(() => import('./pages/OrdersPage.tsx').then((m) => ({ default: m.OrdersPage })));
const SubscriptionsPage = lazy(() =>
  import('./pages/SubscriptionsPage.tsx').then((m) => ({ default: m.SubscriptionsPage })),
);
const CompaniesPage = lazy(() =>
  import('./pages/CompaniesPage.tsx').then((m) => ({ default: m.CompaniesPage })),
);

export const billingAdminRoutes: RouteObject[] = [
  {
    path: 'products',
    element: (
      <RequireRole roles={PRODUCT_ROLES}>
        <ProductsPage />
      </RequireRole>
    ),
  },
  {
    path: 'orders',
    element: (
      <RequireRole roles={BILLING_ROLES}>
        <OrdersPage />
      </RequireRole>
    ),
  },
  {
    path: 'subscriptions',
    element: (
      <RequireRole roles={BILLING_ROLES}>
        <SubscriptionsPage />
      </RequireRole>
    ),
  },
  {
    path: 'companies',
    element: (
      <RequireRole roles={BILLING_ROLES}>
        <CompaniesPage />
      </RequireRole>
    ),
  },
];
