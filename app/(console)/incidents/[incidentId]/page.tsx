import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { getIncident } from '@/lib/aiops/incidents/get-incident';
import { hasRole } from '@/lib/auth/roles';
import { ApiError } from '@/lib/errors';
import { makeQueryClient } from '@/lib/queries/query-client';
import { incidentQueries } from '@/lib/queries/incidents';
import { Hydrate } from '@/components/providers/hydrate';
import { prefetchPlugins } from '../../plugin-list';
import { requireRole } from '../../require-role';
import { IncidentClient } from './client';

export async function generateMetadata({ params }: { params: Promise<{ incidentId: string }> }): Promise<Metadata> {
  return { title: `Incident #${(await params).incidentId}` };
}

export default async function IncidentPage({ params }: { params: Promise<{ incidentId: string }> }) {
  const user = await requireRole('viewer');
  const { incidentId } = await params;
  const db = await getDb();
  const qc = makeQueryClient();
  await Promise.all([
    prefetchPlugins(qc),
    // A missing incident is shown by the client as a real "not found" state, not a crash.
    qc.prefetchQuery({
      queryKey: incidentQueries.detail(incidentId).queryKey,
      queryFn: async () => asJson(await getIncident(db, incidentId)),
      retry: (_: number, err: unknown) => !(err instanceof ApiError),
    }),
  ]);
  return (
    <Hydrate client={qc}>
      <IncidentClient incidentId={incidentId} canAct={hasRole(user.role, 'operator')} />
    </Hydrate>
  );
}
