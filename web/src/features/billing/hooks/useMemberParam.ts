// The member filter of a staff list, kept in the address (?member=<uid>) beside the status, so a
// member's orders or subscriptions can be shared as a link.
import { useSearchParams } from 'react-router';
import { memberFromParams } from '../../../app/lists/listParams.ts';

export function useMemberParam() {
  const [params, setParams] = useSearchParams();
  const uid = memberFromParams(params);
  const setUid = (next: string | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === null) updated.delete('member');
        else updated.set('member', next);
        return updated;
      },
      { replace: true },
    );
  return [uid, setUid] as const;
}
