import { AnomaliesQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { listAnomalies } from '@/lib/aiops/query/list-anomalies';
import { parseTimeRange } from '@/lib/aiops/query/time-range';

export const GET = route({ role: 'viewer', query: AnomaliesQuerySchema }, async ({ db, query }) => {
  const { from, to } = parseTimeRange(query.from, query.to);
  return { anomalies: await listAnomalies(db, { from, to, pluginId: query.plugin, metric: query.metric }) };
});
