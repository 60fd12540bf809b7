// Route guards: signed-in members only, or staff with one of the given roles.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { StaffRole } from '@agora/domain';
import { LoadingScreen } from '../layout/LoadingScreen.tsx';
import { ForbiddenPage } from '../layout/ForbiddenPage.tsx';
import { useAuth } from './authContext.ts';
import { hasRole } from './permissions.ts';

export interface FromState {
  from?: string;
}

function SignInRedirect() {
  const location = useLocation();
  const state: FromState = { from: `${location.pathname}${location.search}` };
  return <Navigate to="/sign-in" replace state={state} />;
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  if (status === 'loading') return <LoadingScreen />;
  if (status === 'signedOut') return <SignInRedirect />;
  return children;
}

export function RequireRole({ roles, children }: { roles: readonly StaffRole[]; children: ReactNode }) {
  const { status, role } = useAuth();
  if (status === 'loading') return <LoadingScreen />;
  if (status === 'signedOut') return <SignInRedirect />;
  if (!hasRole(role, roles)) return <ForbiddenPage />;
  return children;
}
