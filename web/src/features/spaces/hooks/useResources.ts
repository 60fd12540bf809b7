// The active resources members may book, live (a resource staff open or close shows at once).
import { useCallback } from 'react';
import { watchResources, type ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useResources() {
  const watch = useCallback<Watch<ResourceRecord[]>>((next, fail) => watchResources(true, next, fail), []);
  const live = useLive(watch);
  return { status: live.status, resources: live.value ?? [], reload: live.reload };
}
