// Names of the people an audit page mentions (actors, targeted members) and the staff the actor
// filter offers: the member directory is read once when the page opens; a uid it lacks (beyond its
// limit, or while it fails) is looked up on its own.
import { useCallback, useMemo } from 'react';
import { useMemberDirectory } from '../../../app/hooks/useMemberDirectory.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { displayName } from '../../admin/memberSearch.ts';
import { SYSTEM_ACTOR } from '../auditActor.ts';

export function useMemberNames(uids: readonly string[]) {
  const directory = useMemberDirectory(true);
  const known = useMemo(
    () => new Map(directory.members.map((member) => [member.uid, member])),
    [directory.members],
  );
  const missing =
    directory.status === 'loading'
      ? []
      : uids.filter((uid) => uid !== '' && uid !== SYSTEM_ACTOR && !known.has(uid));
  const looked = useMembersById(missing);

  const memberOf = useCallback(
    (uid: string): UserRecord | null => known.get(uid) ?? looked[uid] ?? null,
    [known, looked],
  );
  const nameOf = useCallback(
    (uid: string): string | null => {
      const member = memberOf(uid);
      return member ? displayName(member) : null;
    },
    [memberOf],
  );

  return { directory, nameOf };
}
