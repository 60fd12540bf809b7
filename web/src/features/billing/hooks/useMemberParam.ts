// The member filter of a staff list, kept in the address (?member=<uid>) beside the status, so a
// member's orders or subscriptions can be shared as a link.
import { useSearchParams } from 'react-router';
import { memberFromParams } from '../../../app/lists/listParams.ts';
import { useSearchParam } from '../../../app/lists/useSearchParam.ts';

export function useMemberParam() {
  const [params] = useSearchParams();
  const [, setUid] = useSearchParam('member');
  return [memberFromParams(params), setUid] as const;
}
