import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { listAnomalies } from '@/lib/aiops/query/list-anomalies';
import { parseTimeRange } from '@/lib/aiops/query/time-range';
import { makeQueryClient } from '@/lib/queries/query-client';
import { metricQueries } from '@/lib/queries/metrics';
import { Hydrate } from '@/components/providers/hydrate';
import { prefetchPlugins } from '../plugin-list';
import { requireRole } from '../require-role';
import { AnomaliesClient } from './client';
import { parseAnomaliesParams } from './search-params';

export const metadata: Metadata = { title: 'Anomalies' };

// Prefetches what does not depend on the screen: the plugins and the range's anomalies. Lanes
// and charts are sized to the measured width, so the browser fetches them.
export default async function AnomaliesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole('viewer');
  const view = parseAnomaliesParams(await searchParams);
  const db = await getDb();
  const qc = makeQueryClient();
  const { from, to } = parseTimeRange(view.from, view.to);
  await Promise.all([
    prefetchPlugins(qc),
    qc.prefetchQuery({
      queryKey: metricQueries.anomalies({ from: view.from, to: view.to }).queryKey,
      queryFn: async () => asJson(await listAnomalies(db, { from, to })),
    }),
  ]);
  return (
    <Hydrate client={qc}>
      <AnomaliesClient />
    </Hydrate>
  );
}
