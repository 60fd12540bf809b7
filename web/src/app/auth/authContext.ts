// The auth context and its hook, apart from the provider so fast refresh keeps component state.
import { createContext, useContext } from 'react';
import type { StaffRole } from '@agora/domain';
import type { AuthSession, UserRecord } from '../../lib/firebase/index.ts';

export interface AuthContextValue {
  status: 'loading' | 'signedOut' | 'signedIn';
  session: AuthSession | null;
  /** Role from the ID token claims (what the server will enforce), null for members. */
  role: StaffRole | null;
  /** The live users/{uid} document; null while loading or before saveProfile created it. */
  user: UserRecord | null;
  userStatus: 'idle' | 'loading' | 'ready' | 'error';
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
