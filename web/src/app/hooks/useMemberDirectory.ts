// The members a staff picker searches (companies, invoice filter, booking on a member's behalf):
// loaded once when the picker opens, searched on the client with memberSearch, as the members
// page does.
import { useEffect, useState } from 'react';
import { listMemberDirectory, type UserRecord } from '../../lib/firebase/users.ts';

/** Enough for a coworking or training centre's members; beyond it, the search says so. */
export const DIRECTORY_LIMIT = 1000;

type Result = { members: UserRecord[]; failed: false } | { members: null; failed: true };

export function useMemberDirectory(enabled: boolean) {
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    if (!enabled || result) return;
    let active = true;
    listMemberDirectory(DIRECTORY_LIMIT).then(
      (members) => active && setResult({ members, failed: false }),
      () => active && setResult({ members: null, failed: true }),
    );
    return () => {
      active = false;
    };
  }, [enabled, result]);

  return {
    status: !result ? ('loading' as const) : result.failed ? ('error' as const) : ('ready' as const),
    members: result?.members ?? [],
    /** The limit was reached: some members may be missing from the search. */
    truncated: (result?.members?.length ?? 0) >= DIRECTORY_LIMIT,
    retry: () => setResult(null),
  };
}
