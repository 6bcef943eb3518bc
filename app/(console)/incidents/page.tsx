import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { listIncidents } from '@/lib/aiops/incidents/list-incidents';
import { IncidentsQuerySchema } from '@/schemas/incidents-api';
import { makeQueryClient } from '@/lib/queries/query-client';
import { incidentQueries } from '@/lib/queries/incidents';
import { Hydrate } from '@/components/providers/hydrate';
import { prefetchPlugins } from '../plugin-list';
import { requireRole } from '../require-role';
import { IncidentsClient } from './client';
import { incidentFilters, parseIncidentsParams } from './search-params';

export const metadata: Metadata = { title: 'Incidents' };

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole('viewer');
  const filters = incidentFilters(parseIncidentsParams(await searchParams));
  const db = await getDb();
  const qc = makeQueryClient();
  await Promise.all([
    prefetchPlugins(qc),
    qc.prefetchQuery({ queryKey: incidentQueries.list(filters).queryKey, queryFn: async () => asJson(await listIncidents(db, IncidentsQuerySchema.parse(filters))) }),
  ]);
  return (
    <Hydrate client={qc}>
      <IncidentsClient />
    </Hydrate>
  );
}
