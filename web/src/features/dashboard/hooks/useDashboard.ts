// The figures of one plan, read once per plan and again on demand (after "Actualiser"). While a
// read for the same plan is under way, the figures already on show stay (no blank between).
import { useCallback, useEffect, useState } from 'react';
import type { DashboardPlan } from '@agora/domain';
import { loadDashboard, type DashboardData } from '../../../lib/firebase/stats.ts';

export type DashboardStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Loaded {
  /** The plan and read this result belongs to. */
  key: string;
  reloads: number;
  data: DashboardData | null;
}

/** `plan` must change only when the period does (useMemo); null reads nothing. */
export function useDashboard(plan: DashboardPlan | null) {
  const key = plan ? plan.documentIds.join(',') : '';
  const [reloads, setReloads] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (plan === null) return undefined;
    let active = true;
    loadDashboard(plan).then(
      (data) => active && setLoaded({ key, reloads, data }),
      () => active && setLoaded({ key, reloads, data: null }),
    );
    return () => {
      active = false;
    };
  }, [plan, key, reloads]);

  const samePlan = loaded?.key === key ? loaded : null;
  const current = samePlan?.reloads === reloads ? samePlan : null;
  const shown = samePlan?.data ?? null;
  let status: DashboardStatus = 'loading';
  if (plan === null) status = 'idle';
  else if (current) status = current.data ? 'ready' : 'error';
  else if (shown) status = 'ready';

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return {
    status,
    /** The figures on show: the last read of this plan that succeeded. */
    data: shown,
    /** A new read of the figures on show is under way. */
    reloading: plan !== null && current === null && shown !== null,
    reload,
  };
}
