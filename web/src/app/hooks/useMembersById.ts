// Profiles of the members a staff list refers to (orders, subscriptions, alerts, companies,
// bookings, waitlist), read once per uid (users/{uid}); a uid without a profile maps to null, one
// still loading is absent.
import { useEffect, useRef, useState } from 'react';
import { getUsers, type UserRecord } from '../../lib/firebase/users.ts';

export type MembersById = Readonly<Record<string, UserRecord | null>>;

export function useMembersById(uids: readonly string[]): MembersById {
  const [known, setKnown] = useState<Record<string, UserRecord | null>>({});
  // Uids already asked for: a fetch in flight is not repeated when the list grows.
  const requested = useRef(new Set<string>());
  const uidsKey = [...new Set(uids)].filter(Boolean).sort().join(',');

  useEffect(() => {
    const missing = (uidsKey ? uidsKey.split(',') : []).filter((uid) => !requested.current.has(uid));
    if (missing.length === 0) return;
    for (const uid of missing) requested.current.add(uid);
    const settle = (found: Record<string, UserRecord>) =>
      setKnown((current) => ({
        ...current,
        ...Object.fromEntries(missing.map((uid) => [uid, found[uid] ?? null])),
      }));
    getUsers(missing).then(settle, () => {
      // Asked again on the next change of the list, rather than shown as unknown for good.
      for (const uid of missing) requested.current.delete(uid);
    });
  }, [uidsKey]);

  return known;
}
