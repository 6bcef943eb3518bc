import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { hasRole } from '@/lib/auth/roles';
import { listProposals } from '@/lib/healing/list-proposals';
import { healingQueries } from '@/lib/queries/healing';
import { makeQueryClient } from '@/lib/queries/query-client';
import { Hydrate } from '@/components/providers/hydrate';
import { prefetchPlugins } from '../plugin-list';
import { requireRole } from '../require-role';
import { HealingClient } from './client';
import { parseHealingParams, proposalFilter } from './search-params';

export const metadata: Metadata = { title: 'Healing' };

// Prefetches the plugins and the tab on screen; charts are sized in the browser and fetched there.
export default async function HealingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('viewer');
  const view = parseHealingParams(await searchParams);
  const db = await getDb();
  const qc = makeQueryClient();
  const current = proposalFilter(view, view.tab);
  await Promise.all([
    prefetchPlugins(qc),
    qc.prefetchQuery({
      queryKey: healingQueries.proposals(current).queryKey,
      queryFn: async () => asJson(await listProposals(db, { status: current.status, pluginId: current.plugin, actionType: current.type, limit: current.limit })),
    }),
  ]);
  return (
    <Hydrate client={qc}>
      <HealingClient canDecide={hasRole(user.role, 'approver')} />
    </Hydrate>
  );
}
