// Names, emails and phones of the members a list refers to (bookings, waitlist), read once per
// uid (users/{uid}); a uid without a profile maps to null, one still loading is absent.
import { useEffect, useRef, useState } from 'react';
import { getMemberProfiles } from '../../../lib/firebase/sessionsAdmin.ts';
import type { UserRecord } from '../../../lib/firebase/users.ts';

export type ProfilesById = Readonly<Record<string, UserRecord | null>>;

export function useMemberProfiles(uids: readonly string[]): ProfilesById {
  const [known, setKnown] = useState<Record<string, UserRecord | null>>({});
  // Uids already asked for: a fetch in flight is not repeated when the list grows.
  const requested = useRef(new Set<string>());
  const uidsKey = [...new Set(uids)].filter(Boolean).sort().join(',');

  useEffect(() => {
    const missing = (uidsKey ? uidsKey.split(',') : []).filter((uid) => !requested.current.has(uid));
    if (missing.length === 0) return;
    for (const uid of missing) requested.current.add(uid);
    getMemberProfiles(missing).then(
      (found) =>
        setKnown((current) => ({
          ...current,
          ...Object.fromEntries(missing.map((uid) => [uid, found[uid] ?? null])),
        })),
      () => {
        // Asked again on the next change of the list, rather than shown as unknown for good.
        for (const uid of missing) requested.current.delete(uid);
      },
    );
  }, [uidsKey]);

  return known;
}
