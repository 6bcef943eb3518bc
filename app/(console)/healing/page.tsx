import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { hasRole } from '@/lib/auth/roles';
import { listProposals } from '@/lib/healing/list-proposals';
import { listPlugins } from '@/lib/plugins/list-plugins';
import { healingQueries, HISTORY_STATUSES, QUEUE_STATUSES, type ProposalFilterDto } from '@/lib/queries/healing';
import { makeQueryClient } from '@/lib/queries/query-client';
import { pluginQueries } from '@/lib/queries/plugins';
import { Hydrate } from '@/components/providers/hydrate';
import { requireRole } from '../require-role';
import { HealingClient } from './client';
import { HISTORY_LIMIT, parseHealingParams } from './search-params';

export const metadata: Metadata = { title: 'Healing' };

// Prefetches the plugins and the tab on screen; charts are sized in the browser and fetched there.
export default async function HealingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('viewer');
  const view = parseHealingParams(await searchParams);
  const db = await getDb();
  const qc = makeQueryClient();
  const filter = { plugin: view.plugin ?? undefined, type: view.type ?? undefined };
  const current: ProposalFilterDto = view.tab === 'queue' ? { ...filter, status: QUEUE_STATUSES } : { ...filter, status: HISTORY_STATUSES, limit: HISTORY_LIMIT };
  await Promise.all([
    qc.prefetchQuery({ queryKey: pluginQueries.list().queryKey, queryFn: async () => asJson(await listPlugins(db)) }),
    qc.prefetchQuery({
      queryKey: healingQueries.proposals(current).queryKey,
      queryFn: async () => asJson(await listProposals(db, { status: current.status, pluginId: filter.plugin, actionType: filter.type, limit: current.limit })),
    }),
  ]);
  return (
    <Hydrate client={qc}>
      <HealingClient canDecide={hasRole(user.role, 'approver')} />
    </Hydrate>
  );
}
