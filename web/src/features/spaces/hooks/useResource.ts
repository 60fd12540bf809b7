// One resource, live (opening hours or prices changed by staff apply at once); null when unknown.
import { useCallback } from 'react';
import { watchResource, type ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useResource(resourceId: string) {
  const watch = useCallback<Watch<ResourceRecord | null>>(
    (next, fail) => watchResource(resourceId, next, fail),
    [resourceId],
  );
  const live = useLive(watch);
  return { status: live.status, resource: live.value ?? null, reload: live.reload };
}
