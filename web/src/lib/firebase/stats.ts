// The dashboard's reads (ADM-1): exactly the documents the plan names under `stats/` (days or
// months, then `current`), one getDoc each, in parallel. No query: the cost of a view is bounded
// by the plan (at most MAX_DASHBOARD_READS documents) whatever the size of the data. Readable by
// admins and assistants (firestore.rules).
import { doc, getDoc } from 'firebase/firestore';
import type { DashboardPlan } from '@agora/domain';
import { db } from './app.ts';
import { toDashboardData, type DashboardData } from './statsRecord.ts';

export type { DashboardData } from './statsRecord.ts';

export async function loadDashboard(plan: DashboardPlan): Promise<DashboardData> {
  const snapshots = await Promise.all(
    plan.documentIds.map(async (id) => {
      const snapshot = await getDoc(doc(db, 'stats', id));
      return { id, exists: snapshot.exists(), data: snapshot.data() };
    }),
  );
  return toDashboardData(plan, snapshots);
}
