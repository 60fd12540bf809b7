// The members the booking dialog searches: loaded once when it opens, searched on the client with
// memberSearch, as the members page does.
import { useEffect, useState } from 'react';
import { listMemberProfiles } from '../../../lib/firebase/sessionsAdmin.ts';
import type { UserRecord } from '../../../lib/firebase/users.ts';

/** Enough for a training centre's members; beyond it, the dialog says the search may miss some. */
export const DIRECTORY_LIMIT = 1000;

type Result = { members: UserRecord[]; failed: false } | { members: null; failed: true };

export function useMemberDirectory() {
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    if (result) return;
    let active = true;
    listMemberProfiles(DIRECTORY_LIMIT).then(
      (members) => active && setResult({ members, failed: false }),
      () => active && setResult({ members: null, failed: true }),
    );
    return () => {
      active = false;
    };
  }, [result]);

  return {
    status: !result ? ('loading' as const) : result.failed ? ('error' as const) : ('ready' as const),
    members: result?.members ?? [],
    truncated: (result?.members?.length ?? 0) >= DIRECTORY_LIMIT,
    retry: () => setResult(null),
  };
}
