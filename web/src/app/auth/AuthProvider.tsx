// Session state for the whole app: the Firebase user, the role claim of its ID token and the live
// users/{uid} document. When setUserRole stamps `claimsUpdatedAt` after the token was issued, the
// token is refreshed so a granted or removed role applies without signing out.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  refreshIdToken,
  watchSession,
  watchUserDoc,
  type AuthSession,
  type UserRecord,
} from '../../lib/firebase/index.ts';
import { AuthContext, type AuthContextValue } from './authContext.ts';

// Token issue times have second precision: a claim change in the same second counts as newer.
const ISSUED_AT_PRECISION_MS = 1000;

type SessionState =
  { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; session: AuthSession };

interface UserDocState {
  uid: string;
  record: UserRecord | null;
  failed: boolean;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [sessionState, setSessionState] = useState<SessionState>({ status: 'loading' });
  const [userDoc, setUserDoc] = useState<UserDocState | null>(null);
  const handledClaimsChange = useRef<string | null>(null);

  useEffect(
    () =>
      watchSession((session) =>
        setSessionState(session ? { status: 'signedIn', session } : { status: 'signedOut' }),
      ),
    [],
  );

  const session = sessionState.status === 'signedIn' ? sessionState.session : null;
  const uid = session?.uid ?? null;

  useEffect(() => {
    if (!uid) return undefined;
    return watchUserDoc(
      uid,
      (record) => setUserDoc({ uid, record, failed: false }),
      () => setUserDoc({ uid, record: null, failed: true }),
    );
  }, [uid]);

  // A document left from the previous user is never shown for the next one.
  const currentDoc = userDoc && userDoc.uid === uid ? userDoc : null;
  const claimsUpdatedAt = currentDoc?.record?.claimsUpdatedAtMillis ?? null;
  const tokenIssuedAt = session?.tokenIssuedAtMillis ?? null;

  useEffect(() => {
    if (!uid || claimsUpdatedAt === null || tokenIssuedAt === null) return;
    const change = `${uid}:${claimsUpdatedAt}`;
    if (handledClaimsChange.current === change) return;
    handledClaimsChange.current = change;
    if (claimsUpdatedAt > tokenIssuedAt - ISSUED_AT_PRECISION_MS) {
      // The new token fires watchSession, which carries the new role.
      refreshIdToken().catch(() => undefined);
    }
  }, [uid, claimsUpdatedAt, tokenIssuedAt]);

  const value = useMemo<AuthContextValue>(
    () => ({
      status: sessionState.status,
      session,
      role: session?.role ?? null,
      user: currentDoc?.record ?? null,
      userStatus: !session ? 'idle' : !currentDoc ? 'loading' : currentDoc.failed ? 'error' : 'ready',
    }),
    [sessionState.status, session, currentDoc],
  );

  return <AuthContext value={value}>{children}</AuthContext>;
}
