import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { listAnomalies } from '@/lib/aiops/query/list-anomalies';
import { getMetricStack } from '@/lib/aiops/query/get-metric-series';
import { getScoreLanes } from '@/lib/aiops/query/score-lanes';
import { parseTimeRange } from '@/lib/aiops/query/time-range';
import { listActionAnnotations } from '@/lib/healing/list-action-annotations';
import { makeQueryClient } from '@/lib/queries/query-client';
import { metricQueries } from '@/lib/queries/metrics';
import { healingQueries } from '@/lib/queries/healing';
import { parseRememberedWidth, REMEMBERED_WIDTH_COOKIES } from '@/lib/queries/remembered-widths';
import { Hydrate } from '@/components/providers/hydrate';
import { loadPlugins, prefetchPlugins } from '../plugin-list';
import { requireRole } from '../require-role';
import { AnomaliesClient } from './client';
import { parseAnomaliesParams } from './search-params';

export const metadata: Metadata = { title: 'Anomalies' };

// Waits only for the plugins (the page's frame depends on them). The range's anomalies, and the
// lanes and charts sized to the width the browser measured when it told us (a cookie, see
// remembered-widths.ts), are fetched here too but not awaited: the frame goes out at once and
// their data streams in with the page, instead of waiting for the browser to hydrate, measure and ask.
export default async function AnomaliesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole('viewer');
  const view = parseAnomaliesParams(await searchParams);
  const jar = await cookies();
  const db = await getDb();
  const qc = makeQueryClient();
  const { from, to } = parseTimeRange(view.from, view.to);
  await prefetchPlugins(qc);
  const win = { from: view.from, to: view.to };
  void qc.prefetchQuery({ queryKey: metricQueries.anomalies(win).queryKey, queryFn: async () => asJson(await listAnomalies(db, { from, to })) });
  const lanesWidth = parseRememberedWidth(jar.get(REMEMBERED_WIDTH_COOKIES.lanes)?.value);
  if (lanesWidth !== null) {
    void qc.prefetchQuery({ queryKey: metricQueries.lanes({ ...win, width: lanesWidth }).queryKey, queryFn: () => getScoreLanes(db, { ...win, width: lanesWidth }) });
  }
  const stackWidth = parseRememberedWidth(jar.get(REMEMBERED_WIDTH_COOKIES.stack)?.value);
  // Only a plugin that exists: an unknown one in the URL shows "No plugin …" and needs no data.
  const plugin = (await loadPlugins()).find((p) => p.id === view.plugin)?.id;
  if (plugin !== undefined && stackWidth !== null) {
    const q = { ...win, plugin, width: stackWidth };
    void qc.prefetchQuery({ queryKey: metricQueries.stack(q).queryKey, queryFn: async () => asJson(await getMetricStack(db, q)) });
    void qc.prefetchQuery({
      queryKey: healingQueries.annotations({ ...win, plugin }).queryKey,
      queryFn: async () => asJson(await listActionAnnotations(db, { pluginId: plugin, from, to })),
    });
  }
  return (
    <Hydrate client={qc}>
      <AnomaliesClient />
    </Hydrate>
  );
}
